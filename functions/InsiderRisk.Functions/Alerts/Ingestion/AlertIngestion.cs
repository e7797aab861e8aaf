using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// Stores a validated delivery, shared by <c>POST /api/alerts</c> and the <c>IngestAlerts</c> queue
/// function. Per alert: pseudonymize the user, insert by alert id (a known id is a duplicate and keeps
/// what is stored), then bring the user's index, timeline and the triage index in line with the
/// stored alert — also for a duplicate, which repairs whatever a crash left out. New alerts of a
/// policy with auto-attach on join the user's open case; risk learns which users' inputs changed.
/// </summary>
public sealed class AlertIngestion(
    AlertStore alerts,
    AlertRowStore rows,
    AlertQueueIndex queue,
    ActivityIndex activities,
    IUserDirectory users,
    AutoAttach autoAttach,
    IRiskInputs risk,
    ITelemetryEvents telemetry)
{
    public async Task<IngestResult> IngestAsync(IReadOnlyList<Alert> delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var pseudonyms = await RememberUsersAsync(delivery, cancellationToken);
        var outcomes = new StoreOutcome[delivery.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, delivery.Count),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Writes, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = await StoreAsync(delivery[i], pseudonyms[UserIds.Normalize(delivery[i].UserId)], token));

        await activities.AddAsync(outcomes.Select(outcome => (outcome.Entry.User, outcome.Document)), cancellationToken);
        await queue.SyncAsync([.. outcomes.Select(outcome => outcome.Entry)], cancellationToken);
        await MarkRiskInputsAsync(outcomes, cancellationToken);
        var inserted = outcomes.Where(outcome => outcome.Inserted).Select(outcome => outcome.Entry).ToList();
        await autoAttach.RunAsync(inserted, cancellationToken);

        var result = new IngestResult(
            [.. inserted.Select(entry => entry.AlertId.Value)],
            [.. outcomes.Where(outcome => !outcome.Inserted).Select(outcome => outcome.Entry.AlertId.Value)]);
        telemetry.AlertsIngested(result.Accepted.Count, result.Duplicates.Count, invalid: 0);
        return result;
    }

    /// <summary>Each user (and sign-in) once; for duplicates too, which repairs a mark a crash left out.</summary>
    private async Task MarkRiskInputsAsync(IEnumerable<StoreOutcome> outcomes, CancellationToken cancellationToken)
    {
        var changed = outcomes.Select(outcome => (outcome.Entry.User, SignIn: outcome.Document.SignInId)).Distinct();
        foreach (var (user, signIn) in changed)
        {
            await risk.MarkDirtyAsync(user, signIn is null ? null : new SignInId(signIn), cancellationToken);
        }
    }

    private async Task<Dictionary<string, UserPseudonym>> RememberUsersAsync(IReadOnlyList<Alert> delivery, CancellationToken cancellationToken)
    {
        var pseudonyms = new Dictionary<string, UserPseudonym>(StringComparer.Ordinal);
        foreach (var userId in delivery.Select(alert => alert.UserId).DistinctBy(UserIds.Normalize))
        {
            var identity = new UserIdentity(userId, null, null, null, null, null);
            pseudonyms[UserIds.Normalize(userId)] = await users.RememberAsync(identity, cancellationToken);
        }

        return pseudonyms;
    }

    private async Task<StoreOutcome> StoreAsync(Alert alert, UserPseudonym user, CancellationToken cancellationToken)
    {
        var document = AlertDocument.From(alert);
        var stored = new StoredAlert(alert.AlertId, user, alert.Policy, alert.Severity, AlertStatus.NeedsReview,
            alert.DetectedAt, alert.RiskScore, document.ToJson());
        if (await alerts.InsertAsync(stored, cancellationToken) == AlertInsertResult.Inserted)
        {
            return new(true, AlertQueueEntry.From(document, user, AlertStatus.NeedsReview, null), document);
        }

        // A re-delivery: whatever it says now, the stored alert (and its user) is the truth.
        var existing = await alerts.GetAsync(alert.AlertId, cancellationToken)
            ?? throw new InvalidOperationException($"Alert '{alert.AlertId}' was reported stored but cannot be read.");
        var storedDocument = AlertDocument.FromJson(existing.Data);
        var state = await rows.GetAsync(alert.AlertId, cancellationToken);
        return new(false, AlertQueueEntry.From(storedDocument, existing.UserKey, state?.Status ?? existing.Status, state?.CaseId), storedDocument);
    }

    /// <summary>One alert after its insert: new or already known, and what the indexes must hold for it.</summary>
    private sealed record StoreOutcome(bool Inserted, AlertQueueEntry Entry, AlertDocument Document);
}
