using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

public sealed partial class AlertTriage
{
    /// <summary>
    /// Reserves every alert or none: if any was changed since it was read, the reservations made are
    /// given back. Alerts an identical request reserved are reserved again under this request's nonce,
    /// so neither can give back what the other goes on to use.
    /// </summary>
    private async Task<bool> ClaimAllAsync(List<AlertTriageState> alerts, TriageClaim claim, CancellationToken cancellationToken)
    {
        var claimed = new bool[alerts.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, alerts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Writes, CancellationToken = cancellationToken },
            async (i, token) => claimed[i] = await rows.TryChangeAsync(alerts[i], AlertRowChange.Claim(claim), token));
        if (claimed.All(ok => ok))
        {
            return true;
        }

        await ReleaseAsync([.. alerts.Where((_, i) => claimed[i])], claim.Nonce, cancellationToken);
        return false;
    }

    private Task ReleaseAsync(List<AlertTriageState> alerts, string nonce, CancellationToken cancellationToken) =>
        alerts.Count == 0
            ? Task.CompletedTask
            : writer.ApplyAsync([.. alerts.Select(s => s.AlertId)], StatusDecisions.Release(nonce), cancellationToken);

    private static string NewNonce() => Guid.NewGuid().ToString("N");
}
