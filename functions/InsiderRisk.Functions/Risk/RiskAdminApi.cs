using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Risk;

/// <summary><c>/api/admin/risk</c>: start a recompute run, follow its progress. Admin only.</summary>
public static class RiskAdminApi
{
    public const string RecomputeAction = "risk.recompute";
    public const string ReadRunAction = "risk.run.read";

    public static IEndpointRouteBuilder MapRiskApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/risk").WithTags("Risk");
        group.MapPost("/recompute", RecomputeAsync)
            .WithName("RecomputeRiskScores")
            .WithSummary("Starts a recompute run (or returns the unfinished current one); 202 with its id.");
        group.MapGet("/runs/{runId}", GetRunAsync)
            .WithName("GetRiskRun")
            .WithSummary("A recompute run's progress: usersScored of usersTotal, and its state.");
        return endpoints;
    }

    public static async Task<IResult> RecomputeAsync([AsParameters] RiskAdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.Administer, RecomputeAction, "risk", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var run = await services.Scheduler.StartAsync(RiskRunTrigger.Manual, cancellationToken);
        await services.Queues.SendRunAsync(run.RunId, cancellationToken: cancellationToken);
        await services.Audit.WriteAsync(
            new AuditEntry(services.Clock.GetUtcNow(), services.Http.GetPrincipal().UserId, RecomputeAction, run.RunId, AuditOutcome.Succeeded),
            cancellationToken);
        return TypedResults.Accepted($"/api/admin/risk/runs/{Uri.EscapeDataString(run.RunId)}", new RiskRunAccepted(run.RunId));
    }

    public static async Task<IResult> GetRunAsync(string runId, [AsParameters] RiskAdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.Administer, ReadRunAction, "risk", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        return await services.Runs.GetAsync(runId, cancellationToken) is { } run
            ? TypedResults.Ok(RiskRunView.Of(run))
            : TypedResults.Problem($"No risk run has id '{runId}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }
}
