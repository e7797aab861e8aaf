using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Storage;

namespace InsiderRisk.Functions.AuditApi;

/// <summary>
/// <c>GET /api/audit</c>: Auditors read the log, in time order within [from, to), by actor and action.
/// Reading the audit log is itself audited (<c>audit.read</c>).
/// </summary>
public static class AuditApi
{
    public const string ReadAction = "audit.read";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/audit").WithTags("Audit")
            .MapGet(string.Empty, QueryAsync)
            .WithName("QueryAudit")
            .WithSummary("Audit entries in time order within [from, to), optionally by actor and action; paged.");
        return endpoints;
    }

    public static async Task<IResult> QueryAsync(
        [AsParameters] AuditQueryParameters parameters,
        HttpContext http,
        IAccessGuard guard,
        IAuditLog audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(audit);
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ReadAudit, ReadAction, "audit", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        if (AuditQueries.Parse(parameters, now, errors) is not { } query)
        {
            return TypedResults.ValidationProblem(errors, detail: "The audit query is invalid.");
        }

        AuditPage page;
        try
        {
            page = await audit.QueryAsync(query, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or BadHttpRequestException || e is StorageException { Kind: StorageErrorKind.InvalidInput })
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["continuationToken"] = ["Pass back the token of a previous page, unchanged."] },
                detail: "The audit query is invalid.");
        }

        await audit.WriteAsync(
            new AuditEntry(now, http.GetPrincipal().UserId, ReadAction, "audit", AuditOutcome.Succeeded, $"{query.From:O}–{query.To:O}"),
            cancellationToken);
        return TypedResults.Ok(new AuditPageView([.. page.Items.Select(AuditEntryView.Of)], page.ContinuationToken));
    }
}
