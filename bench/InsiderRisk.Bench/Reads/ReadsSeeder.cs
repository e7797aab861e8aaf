using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// Seeds the reads' cases fast with the product's own code. Every case's index rows are what the real
/// <see cref="CaseIndexProjection"/> writes for its whole history (as the read-model refresher replays
/// it), recorded and sent as 100-row batches: the case queue reads only these. The sampled cases (the
/// ones overviews and point reads pick, at most <c>sampleSize</c>) also get their event streams,
/// appended with the command path's <see cref="CaseAppend"/> (events, outbox rows, snapshots) through
/// the event store: one durable transaction per command (SQLite syncs each), which for every case would
/// make seeding 100,000 cases take minutes. The projection outbox rows stay pending (the sweeper would
/// mark them done); no read looks at them.
/// </summary>
public sealed class ReadsSeeder(ICaseEventStore store, ITableStore tables, CasePolicy policy)
{
    private const int Chunk = 1_000;
    private const int Parallelism = 8;

    public async Task<IReadOnlyList<SeededCase>> SeedAsync(int count, int sampleSize, int seed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorder = new ProjectionRecorder();
        var projection = new CaseIndexProjection(recorder);
        var batcher = new RowBatcher(tables);
        int sampleEvery = Math.Max(1, count / sampleSize);
        var sample = new List<SeededCase>();
        for (int first = 0; first < count; first += Chunk)
        {
            CaseHistory[] histories = [.. Enumerable.Range(first, Math.Min(Chunk, count - first)).Select(i => CaseHistory.Build(i, seed, now, policy))];
            await Parallel.ForEachAsync(
                histories.Where((_, i) => (first + i) % sampleEvery == 0),
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                AppendAsync);
            for (int i = 0; i < histories.Length; i++)
            {
                CaseHistory history = histories[i];
                await projection.ProjectAsync(history.Final, [.. history.Steps.SelectMany(step => step)], cancellationToken);
                await batcher.AddAsync(recorder.Take(), cancellationToken);
                if ((first + i) % sampleEvery == 0)
                {
                    sample.Add(new SeededCase(history.Id, history.Final.Status, history.Final.OpenedAt));
                }
            }
        }

        await batcher.FlushAsync(cancellationToken);
        return sample;
    }

    private async ValueTask AppendAsync(CaseHistory history, CancellationToken cancellationToken)
    {
        CaseState state = CaseState.Initial;
        foreach (var step in history.Steps)
        {
            CaseAppend append = CaseAppend.Prepare(state, step);
            await store.AppendAsync(history.Id.Value, state.Version, append.Events, append.Outbox, append.Snapshot, cancellationToken);
            state = append.State;
        }
    }
}
