using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.Admin;

/// <summary><c>GET /api/admin/invalid-messages</c> (Admin): alert messages that were rejected, newest first, with their errors.</summary>
public static class InvalidMessagesEndpoint
{
    public static IEndpointRouteBuilder MapInvalidMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/admin/invalid-messages").WithTags("Admin")
            .MapGet(string.Empty, ListAsync)
            .WithName("ListInvalidAlertMessages")
            .WithSummary("Queue messages that held no valid alert delivery: validation errors and the body with users pseudonymized.");
        return endpoints;
    }

    public static async Task<IResult> ListAsync(
        string? pageSize, string? continuationToken, HttpContext http, IAccessGuard guard, InvalidMessageLog log, CancellationToken cancellationToken)
    {
        if (await guard.DenyUnlessAllowedAsync(http, Capability.Administer, "admin.invalid-messages.list", AlertMessageIngest.Queue, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new FieldErrors();
        var size = QueryValues.PageSize(errors, pageSize);
        var after = PageTokens.Decode(continuationToken, errors);
        if (errors.HasErrors)
        {
            return ApiProblems.Invalid(errors);
        }

        var page = await log.PageAsync(AlertMessageIngest.Queue, size, after, cancellationToken);
        return TypedResults.Ok(new Page<InvalidMessage>(page.Items, PageTokens.Encode(page.After)));
    }
}
