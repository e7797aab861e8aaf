using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Risk;

/// <summary>Sends the risk processor its work: users to rescore after feedback, runs to resume.</summary>
public sealed class RiskQueues(IQueueStore queues)
{
    public Task SendUserAsync(UserPseudonym user, CancellationToken cancellationToken = default) =>
        queues.SendAsync(RiskTables.FeedbackQueue, JsonSerializer.Serialize(new RiskFeedbackMessage(user.Value), RiskJson.Options), cancellationToken: cancellationToken);

    public Task SendRunAsync(string runId, TimeSpan? delay = null, CancellationToken cancellationToken = default) =>
        queues.SendAsync(RiskTables.RunsQueue, JsonSerializer.Serialize(new RiskRunMessage(runId), RiskJson.Options), delay, cancellationToken: cancellationToken);
}
