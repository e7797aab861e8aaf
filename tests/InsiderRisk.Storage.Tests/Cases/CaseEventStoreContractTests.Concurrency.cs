using System.Collections.Concurrent;
using InsiderRisk.Storage.Cases;
using static InsiderRisk.Storage.Tests.Cases.Builders;

namespace InsiderRisk.Storage.Tests.Cases;

public abstract partial class CaseEventStoreContractTests
{
    private const int Writers = 16;
    private const int AppendsPerWriter = 20;

    [Fact]
    public async Task Many_parallel_writers_to_one_case_land_every_append_exactly_once()
    {
        var caseId = CaseId();
        var landed = new ConcurrentBag<(string Data, long Version)>();
        var conflicts = 0;

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var known = 0L;
            for (var a = 0; a < AppendsPerWriter; a++)
            {
                var data = $"w{w:D2}-a{a:D2}";
                while (true)
                {
                    try
                    {
                        // A snapshot every tenth version keeps reloads short, as the app would.
                        var version = known + 1;
                        var snapshot = version % 10 == 0 ? new CaseSnapshot(version, $"{{\"version\":{version}}}") : null;
                        known = await Store.AppendAsync(caseId, known, [Event("Appended", data)], [Effect(caseId, data)], snapshot);
                        landed.Add((data, known));
                        break;
                    }
                    catch (StorageException e) when (e.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.Conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                        known = (await Store.LoadAsync(caseId)).Version;
                    }
                }
            }
        }));
        await Task.WhenAll(writers);

        var history = await Store.ReadHistoryAsync(caseId).ToListAsync();
        const int total = Writers * AppendsPerWriter;
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), history.Select(e => e.Sequence));
        Assert.Equal(landed.Select(l => l.Data).Order(StringComparer.Ordinal), history.Select(e => e.Data).Order(StringComparer.Ordinal));
        Assert.Equal(total, history.Select(e => e.Data).Distinct().Count());
        Assert.All(landed, l => Assert.Equal(l.Data, history[(int)l.Version - 1].Data));
        Assert.Equal(total, (await Store.ListPendingAsync(caseId)).Count);
        var loaded = await Store.LoadAsync(caseId);
        Assert.Equal(total, loaded.Version);
        Assert.Equal(total, loaded.Snapshot?.Version);
        Assert.True(conflicts > 0, "Parallel writers should have collided at least once.");
    }
}
