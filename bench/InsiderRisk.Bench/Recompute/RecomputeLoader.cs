using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Recompute;

/// <summary>
/// Puts the recompute's data in the store the fast way, as ingestion would have left it: each alert's
/// primary row (its own partition, so a single upsert), each user's alert index and the users' "inputs
/// changed" markers as batches of up to 100, 16 writes at a time, 200 users at a time. The rows follow
/// the storage formats of <c>AlertRows</c> and <see cref="RiskDirtyIndex"/>; a test reads them back
/// through the app's own readers.
/// </summary>
public sealed class RecomputeLoader(ITableStore tables, AlertStoreTables names, IUserDirectory directory)
{
    private const int UsersPerChunk = 200;
    private const int Parallelism = 16;

    public async Task<long> LoadAsync(RecomputeData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        long alerts = 0;
        var markers = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        foreach (var chunk in data.Users().Chunk(UsersPerChunk))
        {
            var writes = new List<(string Table, TableEntity[] Rows)>();
            foreach (var user in chunk)
            {
                var pseudonym = directory.Pseudonymize(user.UserId);
                writes.AddRange(user.Alerts.Select(fact => (names.Alerts, new[] { PrimaryRow(fact, pseudonym) })));
                writes.AddRange(user.Alerts.Chunk(TableStoreExtensions.MaxBatchOperations)
                    .Select(part => (names.UserAlerts, part.Select(fact => IndexRow(fact, pseudonym)).ToArray())));
                alerts += user.Alerts.Count;
                var shard = RiskShards.For(pseudonym);
                if (!markers.TryGetValue(shard, out var pending))
                {
                    markers[shard] = pending = [];
                }

                pending.Add(new TableEntity(shard, pseudonym.Value) { ["MarkedAt"] = data.Now });
                if (pending.Count == TableStoreExtensions.MaxBatchOperations)
                {
                    writes.Add((RiskTables.Dirty, [.. pending]));
                    pending.Clear();
                }
            }

            await WriteAsync(writes, cancellationToken);
        }

        await WriteAsync([.. markers.Values.Where(pending => pending.Count > 0).Select(pending => (RiskTables.Dirty, pending.ToArray()))], cancellationToken);
        return alerts;
    }

    private static TableEntity PrimaryRow(RiskAlertFact fact, UserPseudonym user)
    {
        var severity = fact.RiskScore switch { >= 80 => Severity.High, >= 50 => Severity.Medium, _ => Severity.Low };
        var document = new AlertDocument(fact.AlertId.Value, "Data leaks", severity, fact.RiskScore, fact.DetectedAt, "Unusual volume of file downloads", [], [], fact.SignInId?.Value);
        var row = new TableEntity(fact.AlertId.Value, "alert")
        {
            ["UserKey"] = user.Value,
            ["Policy"] = document.Policy,
            ["Severity"] = severity.ToString(),
            ["Status"] = fact.Status.ToString(),
            ["DetectedAt"] = fact.DetectedAt,
            ["RiskScore"] = (double)fact.RiskScore,
        };
        ChunkedText.Write(row, "D", document.ToJson(), $"The data of alert '{fact.AlertId}'");
        return row;
    }

    private static TableEntity IndexRow(RiskAlertFact fact, UserPseudonym user) =>
        new(user.Value, fact.AlertId.Value) { ["DetectedAt"] = fact.DetectedAt };

    private async Task WriteAsync(List<(string Table, TableEntity[] Rows)> writes, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(
            writes,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (write, token) =>
            {
                if (write.Rows.Length == 1)
                {
                    await tables.UpsertAsync(write.Table, write.Rows[0], token);
                }
                else
                {
                    await tables.SubmitBatchAsync(write.Table, [.. write.Rows.Select(TableOperation.UpsertReplace)], token);
                }
            });
}
