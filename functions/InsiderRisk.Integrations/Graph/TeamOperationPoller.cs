using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Http;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// Follows a team's creation (a teamsAsyncOperation) for a bounded time. When it is still running at the
/// end, the attempt hands back a retryable failure: the next attempt finds the team by its description.
/// </summary>
internal sealed class TeamOperationPoller(GraphServiceClient graph, GraphSettings settings, TimeProvider time)
{
    public async Task<EffectOutcome> WaitAsync(TeamOperationLocation location, string displayName, CancellationToken cancellationToken)
    {
        for (var poll = 0; poll < settings.TeamPollAttempts; poll++)
        {
            await Task.Delay(settings.TeamPollInterval, time, cancellationToken);
            var operation = await graph.Teams[location.TeamId].Operations[location.OperationId]
                .GetAsync(cancellationToken: cancellationToken);
            switch (operation?.Status)
            {
                case TeamsAsyncOperationStatus.Succeeded:
                    var teamId = string.IsNullOrEmpty(operation.TargetResourceId) ? location.TeamId : operation.TargetResourceId;
                    return new EffectOutcome.Succeeded(new EffectResult.TeamCreated(teamId), $"team '{displayName}' created ({teamId})");
                case TeamsAsyncOperationStatus.Failed:
                    var error = operation.Error is { } failure ? $"{failure.Code}: {failure.Message}" : "no error detail";
                    return new EffectOutcome.Failed(HttpFailures.Cut($"Graph (create team) operation failed: {error}"), Permanent: true);
            }
        }

        return new EffectOutcome.Failed(
            $"Graph (create team) is still setting up team {location.TeamId}; the next attempt picks it up",
            Permanent: false,
            settings.TeamPollInterval);
    }
}
