using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Api;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// The three reads, each what its route does after the caller's access check: the case queue
/// (<see cref="CaseIndexReader"/> plus a list item view per case), the case overview (load the case,
/// then its overview view with the user's risk) and the baseline, one point read of an index row.
/// </summary>
public sealed class ReadProbe(CaseIndexReader index, CaseViews views, ICaseCommands cases, ITableStore tables)
{
    public async Task<int> QueueAsync(CaseListQuery query, CancellationToken cancellationToken)
    {
        CaseIndexPage page = await index.ListAsync(query, cancellationToken);
        foreach (CaseIndexEntry entry in page.Items)
        {
            await views.ListItemAsync(entry, cancellationToken);
        }

        return page.Items.Count;
    }

    public async Task<int> OverviewAsync(SeededCase seeded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        CaseState state = await cases.LoadAsync(seeded.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Seeded case {seeded.Id} is not in the event store.");
        var overview = await views.OverviewAsync(state, cancellationToken);
        return overview.Alerts.Count;
    }

    public async Task<int> PointReadAsync(SeededCase seeded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        TableEntity row = await tables.GetAsync(CaseIndexKeys.Table, seeded.Partition, seeded.RowKey, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Seeded case {seeded.Id} has no {seeded.Status} index row.");
        return row.Properties.Count;
    }
}
