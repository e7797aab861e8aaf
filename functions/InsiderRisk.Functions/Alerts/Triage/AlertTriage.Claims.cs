using System.Security.Cryptography;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

public sealed partial class AlertTriage
{
    private const int MaxReserveAttempts = 6;

    /// <summary>
    /// Runs <paramref name="reserve"/> until it decides or reserves; between tries, a short random pause
    /// so requests that collided do not collide again in step.
    /// </summary>
    private static async Task<(TriageOutcome? Outcome, Reservation? Reserved)> ReserveAsync(
        Func<Task<(TriageOutcome? Outcome, Reservation? Reserved)>> reserve, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var step = await reserve();
            if (step.Outcome is not null || step.Reserved is not null)
            {
                return step;
            }

            if (attempt == MaxReserveAttempts)
            {
                return (ChangedMeanwhile(), null);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(20, 100 * attempt)), cancellationToken);
        }
    }

    /// <summary>
    /// Reserves every alert or none. The first alert (by id) is claimed alone, so of requests for the same
    /// alerts only one gets past it; the rest go in parallel, and if any was changed since it was read the
    /// reservations this request made (its nonce) are given back.
    /// </summary>
    private async Task<bool> ClaimAllAsync(List<AlertTriageState> alerts, TriageClaim claim, CancellationToken cancellationToken)
    {
        var ordered = alerts.OrderBy(s => s.AlertId.Value, StringComparer.Ordinal).ToList();
        if (!await rows.TryChangeAsync(ordered[0], AlertRowChange.Claim(claim), cancellationToken))
        {
            return false;
        }

        var claimed = new bool[ordered.Count];
        claimed[0] = true;
        await Parallel.ForEachAsync(
            Enumerable.Range(1, ordered.Count - 1),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Writes, CancellationToken = cancellationToken },
            async (i, token) => claimed[i] = await rows.TryChangeAsync(ordered[i], AlertRowChange.Claim(claim), token));
        if (claimed.All(ok => ok))
        {
            return true;
        }

        await ReleaseAsync([.. ordered.Where((_, i) => claimed[i])], claim.Nonce, cancellationToken);
        return false;
    }

    private Task ReleaseAsync(List<AlertTriageState> alerts, string nonce, CancellationToken cancellationToken) =>
        alerts.Count == 0
            ? Task.CompletedTask
            : writer.ApplyAsync([.. alerts.Select(s => s.AlertId)], StatusDecisions.Release(nonce), cancellationToken);

    private static string NewNonce() => Guid.NewGuid().ToString("N");

    private static TriageOutcome.Conflict ChangedMeanwhile() => new(
        "Other requests kept changing some of these alerts at the same moment; nothing was changed. Read them again and retry.",
        new Dictionary<string, string[]>());
}
