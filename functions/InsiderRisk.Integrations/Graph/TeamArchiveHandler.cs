using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Teams.Item.Archive;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// ArchiveTeam: <c>POST /teams/{id}/archive</c>, making the SharePoint site read-only for members.
/// A team that is already archived (an earlier attempt, or someone by hand) is success without a call;
/// archiving is idempotent on Graph's side too, so a retry after a lost 202 is harmless.
/// </summary>
public sealed class TeamArchiveHandler(GraphServiceClient graph, TimeProvider time, ILogger<TeamArchiveHandler> logger) : IEffectHandler
{
    public EffectKind Kind => EffectKind.ArchiveTeam;

    public string Channel => "graph";

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.ArchiveTeam payload)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        try
        {
            var team = await graph.Teams[payload.TeamId].GetAsync(request => request.QueryParameters.Select = ["id", "isArchived"], cancellationToken);
            if (team?.IsArchived == true)
            {
                GraphLog.TeamArchived(logger, invocation.EffectId.Value, payload.TeamId, "already archived");
                return new EffectOutcome.Succeeded(new EffectResult.TeamArchived(), $"team {payload.TeamId} was already archived");
            }

            var body = new ArchivePostRequestBody { ShouldSetSpoSiteReadOnlyForMembers = true };
            await graph.Teams[payload.TeamId].Archive.PostAsync(body, cancellationToken: cancellationToken);
            GraphLog.TeamArchived(logger, invocation.EffectId.Value, payload.TeamId, "archive accepted");
            return new EffectOutcome.Succeeded(new EffectResult.TeamArchived(), $"team {payload.TeamId} archived (site read-only for members)");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = GraphFailures.From(exception, "archive team", time.GetUtcNow());
            GraphLog.AttemptFailed(logger, invocation.EffectId.Value, Kind.ToString(), invocation.Attempt, failed.Permanent, failed.Error);
            return failed;
        }
    }
}
