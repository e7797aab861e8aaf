using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Tests.Risk;

public sealed class RiskStorageTests : IDisposable
{
    private readonly SqliteDatabase _database = SqliteDatabase.OpenInMemory($"risk-storage-{Guid.NewGuid():N}");
    private readonly SqliteTableStore _tables;

    public RiskStorageTests()
    {
        _tables = new SqliteTableStore(_database);
        foreach (var table in RiskTables.AllTables)
        {
            _tables.CreateTableIfNotExistsAsync(table).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Shards_are_stable_and_cover_s00_to_s63()
    {
        var user = new UserPseudonym("User-7Q4K2M0ABC");

        Assert.Equal(RiskShards.For(user), RiskShards.For(new UserPseudonym("User-7Q4K2M0ABC")));
        Assert.Equal(64, RiskShards.All.Distinct().Count());
        Assert.Equal("s00", RiskShards.All[0]);
        Assert.Equal("s63", RiskShards.All[^1]);
        var spread = Enumerable.Range(0, 2000).Select(i => RiskShards.For(new UserPseudonym($"User-{i:D10}"))).Distinct().Count();
        Assert.Equal(64, spread);
    }

    [Fact]
    public async Task A_profile_with_sign_ins_and_cases_reads_back_equal()
    {
        var store = new UserRiskProfileStore(_tables);
        var user = new UserPseudonym("User-AAAAAAAAAA");
        var at = Builders.Now;

        await store.UpdateAsync(user, p => UserRiskFeedback.Apply(p, new RiskFeedback.SignInConfirmedSafe(new SignInId("s-1")), at));
        await store.UpdateAsync(user, p => UserRiskFeedback.Apply(p, new RiskFeedback.CaseResolved(new CaseId("c-1"), RiskCaseOutcome.Benign), at));
        var (_, written) = await store.UpdateAsync(user, p => UserRiskFeedback.Apply(p, new RiskFeedback.UserConfirmedCompromised(), at));
        var read = (await store.GetAsync(user)).Profile;

        Assert.Equal(3, read.Version);
        Assert.Equal(RiskProcessingState.Pending, read.ProcessingState);
        Assert.Equal(written.CompromisedAt, read.CompromisedAt);
        Assert.Equal(written.SignIns.ToImmutableSortedDictionary(p => p.Key.Value, p => p.Value), read.SignIns.ToImmutableSortedDictionary(p => p.Key.Value, p => p.Value));
        Assert.Equal(written.Cases.ToImmutableSortedDictionary(p => p.Key.Value, p => p.Value), read.Cases.ToImmutableSortedDictionary(p => p.Key.Value, p => p.Value));
    }

    [Fact]
    public async Task Concurrent_feedback_on_one_profile_loses_nothing()
    {
        var store = new UserRiskProfileStore(_tables);
        var user = new UserPseudonym("User-BBBBBBBBBB");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.UpdateAsync(user, p => UserRiskFeedback.Apply(p, new RiskFeedback.SignInConfirmedSafe(new SignInId($"s-{i}")), Builders.Now))));

        var read = (await store.GetAsync(user)).Profile;
        Assert.Equal(8, read.SignIns.Count);
        Assert.Equal(8, read.Version);
    }

    [Fact]
    public async Task An_assessment_reads_back_with_exact_contributions_and_moves_its_expiry_entry()
    {
        var store = new UserRiskStore(_tables);
        var user = new UserPseudonym("User-CCCCCCCCCC");
        var alerts = Enumerable.Range(1, 50).Select(i => Builders.Fact($"a-{i}", i * 2, Builders.Now.AddDays(-i))).ToList();
        var first = UserRiskAssessor.Assess(UserRiskProfile.Empty, alerts, new RiskBoosterMembership(true, false), RiskScoringSettings.Default, Builders.Now);
        var later = UserRiskAssessor.Assess(UserRiskProfile.Empty, alerts.Take(10), RiskBoosterMembership.NoBoosters, RiskScoringSettings.Default, Builders.Now);

        await store.SaveAsync(new StoredUserRisk(user, first, new RiskInputsFingerprint(1, 0, 7)), null);
        var stored = await store.GetAsync(user);
        await store.SaveAsync(new StoredUserRisk(user, later, new RiskInputsFingerprint(2, 0, 7)), stored);

        Assert.NotNull(stored);
        Assert.Equal(first.Contributions, stored.Assessment.Contributions);
        Assert.Equal(first.Boosters, stored.Assessment.Boosters);
        Assert.Equal((first.Score, first.Level, first.State, first.ValidUntil), (stored.Assessment.Score, stored.Assessment.Level, stored.Assessment.State, stored.Assessment.ValidUntil));
        Assert.Equal(new RiskInputsFingerprint(1, 0, 7), stored.Fingerprint);
        var expiry = await _tables.QueryAsync(RiskTables.Expiry, new TableQuery()).ToListAsync();
        Assert.Equal([RiskExpiryDays.Of(later.ValidUntil)], expiry.Select(row => row.PartitionKey));
    }

    [Fact]
    public async Task A_segment_resumes_strictly_after_its_checkpoint_across_expiry_days()
    {
        foreach (var (day, user) in new[] { ("20260101", "User-A"), ("20260101", "User-B"), ("20260102", "User-A"), ("20260105", "User-C") })
        {
            await _tables.UpsertAsync(RiskTables.Expiry, new TableEntity(day, user));
        }

        var segment = RiskRunSegment.For(new RiskRun { RunId = "r", CreatedAt = new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero) })[^1];

        var all = await _tables.QueryAsync(RiskTables.Expiry, segment.Query(null, null, keysOnly: true)).ToListAsync();
        var resumed = await _tables.QueryAsync(RiskTables.Expiry, segment.Query("20260101", "User-A", keysOnly: true)).ToListAsync();

        Assert.Equal(["20260101/User-A", "20260101/User-B", "20260102/User-A"], all.Select(row => $"{row.PartitionKey}/{row.RowKey}"));
        Assert.Equal(["20260101/User-B", "20260102/User-A"], resumed.Select(row => $"{row.PartitionKey}/{row.RowKey}"));
    }

    [Theory]
    [InlineData("{\"signInId\":\"s-9\"}", "s-9")]
    [InlineData("{\"SignInId\":{\"Value\":\"s-8\"}}", "s-8")]
    [InlineData("{\"signInId\":null}", null)]
    [InlineData("{\"other\":1}", null)]
    [InlineData("not json", null)]
    public void The_sign_in_of_a_stored_alert_is_read_whatever_its_shape(string json, string? expected)
    {
        Assert.Equal(expected, AlertSignIns.Of(json)?.Value);
    }
}
