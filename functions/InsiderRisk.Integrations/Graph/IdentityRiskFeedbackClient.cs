using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.IdentityProtection.RiskyUsers.ConfirmCompromised;
using Microsoft.Graph.IdentityProtection.RiskyUsers.Dismiss;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// The opt-in closed loop to Entra ID Protection: our risk feedback confirms users compromised or
/// dismisses their risk there too (<c>POST /identityProtection/riskyUsers/confirmCompromised | dismiss</c>,
/// 204). These calls need the real directory object ids; they are sent and never logged. Both actions
/// are idempotent on Graph's side, so the caller may simply repeat a failed call.
/// </summary>
public sealed class IdentityRiskFeedbackClient(GraphServiceClient graph, TimeProvider time, ILogger<IdentityRiskFeedbackClient> logger)
{
    public Task<RiskFeedbackOutcome> ConfirmCompromisedAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        SendAsync("confirm compromised", userIds, ids => graph.IdentityProtection.RiskyUsers.ConfirmCompromised.PostAsync(
            new ConfirmCompromisedPostRequestBody { UserIds = ids }, cancellationToken: cancellationToken), cancellationToken);

    public Task<RiskFeedbackOutcome> DismissAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        SendAsync("dismiss", userIds, ids => graph.IdentityProtection.RiskyUsers.Dismiss.PostAsync(
            new DismissPostRequestBody { UserIds = ids }, cancellationToken: cancellationToken), cancellationToken);

    private async Task<RiskFeedbackOutcome> SendAsync(string action, IReadOnlyCollection<string> userIds, Func<List<string>, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
        {
            return new RiskFeedbackOutcome.Failed($"Identity Protection {action}: no user ids given", Permanent: true);
        }

        try
        {
            await send(ids);
            GraphLog.RiskFeedbackSent(logger, action, ids.Count);
            return new RiskFeedbackOutcome.Sent(ids.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EffectOutcome.Failed failed = GraphFailures.From(exception, action, time.GetUtcNow());

            // Graph may echo an id in its message; neither the log nor the caller's stored error keeps it.
            var error = ids.Aggregate(failed.Error, (text, id) => text.Replace(id, "[user]", StringComparison.OrdinalIgnoreCase));
            GraphLog.RiskFeedbackFailed(logger, action, failed.Permanent, error);
            return new RiskFeedbackOutcome.Failed(error, failed.Permanent, failed.RetryAfter);
        }
    }
}
