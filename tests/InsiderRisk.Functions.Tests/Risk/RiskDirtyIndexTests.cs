using InsiderRisk.Domain;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Tests.Risk;

public sealed class RiskDirtyIndexTests : IDisposable
{
    private readonly SqliteDatabase _database = SqliteDatabase.OpenInMemory($"risk-dirty-{Guid.NewGuid():N}");
    private readonly SqliteTableStore _tables;
    private readonly ManualClock _clock = new(Builders.Now);
    private readonly RiskDirtyIndex _dirty;

    public RiskDirtyIndexTests()
    {
        _tables = new SqliteTableStore(_database);
        _tables.CreateTableIfNotExistsAsync(RiskTables.Dirty).GetAwaiter().GetResult();
        _dirty = new RiskDirtyIndex(_tables, _clock);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Clearing_a_page_of_markers_at_once_removes_them_all()
    {
        var users = SameShard(30);
        var markers = await MarkAndReadAsync(users);

        await _dirty.ClearAllAsync(markers);

        foreach (var user in users)
        {
            Assert.Null(await _dirty.GetAsync(user));
        }
    }

    [Fact]
    public async Task Clearing_markers_at_once_keeps_one_marked_again_after_it_was_read_and_skips_one_already_gone()
    {
        var users = SameShard(5).Append(new UserPseudonym("User-OTHERSHARD")).ToArray();
        var markers = await MarkAndReadAsync(users);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _dirty.MarkAsync(users[1]);
        await _dirty.ClearAsync(markers[3]);

        await _dirty.ClearAllAsync(markers);

        Assert.Equal(_clock.GetUtcNow(), (await _dirty.GetAsync(users[1]))?.MarkedAt);
        foreach (var user in users.Where(user => user != users[1]))
        {
            Assert.Null(await _dirty.GetAsync(user));
        }
    }

    private async Task<List<DirtyMarker>> MarkAndReadAsync(IEnumerable<UserPseudonym> users)
    {
        var markers = new List<DirtyMarker>();
        foreach (var user in users)
        {
            await _dirty.MarkAsync(user);
            markers.Add((await _dirty.GetAsync(user))!);
        }

        return markers;
    }

    private static UserPseudonym[] SameShard(int count) =>
        [.. Enumerable.Range(0, count * RiskShards.Count * 2).Select(i => new UserPseudonym($"User-{i:D10}"))
            .GroupBy(RiskShards.For).First(shard => shard.Count() >= count).Take(count)];
}
