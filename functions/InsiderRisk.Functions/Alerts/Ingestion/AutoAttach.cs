using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Alerts.Triage;
using InsiderRisk.Functions.Platform.Settings;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// DOMAIN.md triage rule 4: a new alert joins its user's open case only when its policy's
/// <c>AutoAttachToOpenCase</c> is on. The attach is an ordinary confirm by <c>system</c>, with the same
/// claims and request ids, so it cannot race an analyst's triage. A refusal (the case closed meanwhile)
/// leaves the alert waiting for review.
/// </summary>
public sealed partial class AutoAttach(ISettingsStore settings, OpenCaseIndex openCases, AlertTriage triage, ILogger<AutoAttach> logger)
{
    public async Task RunAsync(IReadOnlyList<AlertQueueEntry> newAlerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newAlerts);
        if (newAlerts.Count == 0)
        {
            return;
        }

        var policies = (await settings.GetAsync(cancellationToken)).Policies;
        var eligible = newAlerts.Where(alert => IsOn(policies, alert.Policy));
        foreach (var user in eligible.GroupBy(alert => alert.User))
        {
            if (await openCases.FindAsync(user.Key, cancellationToken) is not { } caseId)
            {
                continue;
            }

            var request = new TriageRequest([.. user.Select(alert => alert.AlertId)], Bulk: true, CaseNote.SystemAuthor);
            var outcome = await triage.ConfirmAsync(request, new ConfirmTarget.ExistingCase(caseId), comment: null, cancellationToken);
            if (outcome is not TriageOutcome.Confirmed)
            {
                LogNotAttached(logger, user.Count(), caseId.Value, outcome.GetType().Name);
            }
        }
    }

    private static bool IsOn(IReadOnlyDictionary<string, PolicySettings> policies, string policy) =>
        policies.TryGetValue(policy, out var exact)
            ? exact.AutoAttachToOpenCase
            : policies.FirstOrDefault(pair => string.Equals(pair.Key, policy, StringComparison.OrdinalIgnoreCase)).Value?.AutoAttachToOpenCase ?? false;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} new alerts were not auto-attached to case {CaseId}: {Outcome}.")]
    private static partial void LogNotAttached(ILogger logger, int count, string caseId, string outcome);
}
