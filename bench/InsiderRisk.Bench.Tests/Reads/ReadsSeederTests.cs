using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.CaseData;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Reads;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Tests.Reads;

public sealed class ReadsSeederTests
{
    private const int Seed = 9;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GivenSeededCases_WhenTheWholeQueueIsWalked_ThenEveryCaseIsListedOnce_AndEverySampledCaseHasItsOverview()
    {
        const int count = 250;
        await using var store = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var app = await BenchApp.StartAsync(store);
        var sample = await (await SeederOf(app)).SeedAsync(count, 50, Seed, Now, CancellationToken.None);
        var reader = app.Services.GetRequiredService<CaseIndexReader>();

        var listed = new List<CaseIndexEntry>();
        CaseIndexToken? token = null;
        do
        {
            var page = await reader.ListAsync(new CaseListQuery { PageSize = 1000, Token = token });
            listed.AddRange(page.Items);
            token = page.ContinuationToken is { } next ? CaseIndexToken.TryDecode(next) : null;
        }
        while (token is not null);

        Assert.Equal(count, listed.Select(e => e.CaseId).Distinct().Count());
        Assert.Equal(count, listed.Count);
        Assert.Contains(listed, e => e.Status == CaseStatus.Closed);
        Assert.Equal(50, sample.Count);
        var probe = new ReadProbe(reader, app.Services.GetRequiredService<Functions.Cases.Api.CaseViews>(), app.Services.GetRequiredService<ICaseCommands>(), app.Services.GetRequiredService<ITableStore>());
        foreach (var seeded in sample)
        {
            Assert.True(await probe.OverviewAsync(seeded, CancellationToken.None) > 0);
            Assert.True(await probe.PointReadAsync(seeded, CancellationToken.None) > 0);
        }
    }

    [Fact]
    public async Task GivenTheSameCommands_WhenSeededOrRunThroughTheCommandPath_ThenTheIndexRowsAndTheEventsAreTheSame()
    {
        const int count = 12;
        await using var seededStore = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var seeded = await BenchApp.StartAsync(seededStore);
        await using var productStore = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var product = await BenchApp.StartAsync(productStore);
        await (await SeederOf(seeded)).SeedAsync(count, count, Seed, Now, CancellationToken.None);
        var commands = product.Services.GetRequiredService<ICaseCommands>();
        var policy = await PolicyAsync(product);
        for (int i = 0; i < count; i++)
        {
            foreach (var command in CaseHistory.Build(i, Seed, Now, policy).Commands)
            {
                Assert.True((await commands.ExecuteAsync(command)).Succeeded);
            }
        }

        Assert.Equal(await IndexRowsAsync(product), await IndexRowsAsync(seeded));
        for (int i = 0; i < count; i++)
        {
            var id = CaseHistory.Build(i, Seed, Now, policy).Id.Value;
            Assert.Equal(await HistoryAsync(product, id), await HistoryAsync(seeded, id));
        }
    }

    private static async Task<ReadsSeeder> SeederOf(BenchApp app) => new(
        app.Services.GetRequiredService<ICaseEventStore>(),
        app.Services.GetRequiredService<ITableStore>(),
        await PolicyAsync(app));

    private static async Task<CasePolicy> PolicyAsync(BenchApp app) =>
        (await app.Services.GetRequiredService<ISettingsStore>().GetAsync()).ToCasePolicy();

    private static async Task<List<string>> IndexRowsAsync(BenchApp app)
    {
        var rows = new List<string>();
        var tables = app.Services.GetRequiredService<ITableStore>();
        string[] partitions =
        [
            CaseIndexKeys.StatusPartition(CaseStatus.Active),
            CaseIndexKeys.StatusPartition(CaseStatus.Closed),
            .. Enumerable.Range(0, SyntheticCases.Analysts).Select(k => CaseIndexKeys.ContributorPartition(SyntheticCases.Analyst(k))),
        ];
        foreach (var partition in partitions)
        {
            await foreach (var row in tables.QueryAsync(CaseIndexKeys.Table, new TableQuery { PartitionKey = partition }))
            {
                rows.Add($"{row.PartitionKey}|{row.RowKey}|{string.Join(";", row.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}");
            }
        }

        return rows;
    }

    private static async Task<List<string>> HistoryAsync(BenchApp app, string caseId)
    {
        var history = new List<string>();
        await foreach (var e in app.Services.GetRequiredService<ICaseEventStore>().ReadHistoryAsync(caseId))
        {
            history.Add($"{e.Sequence}|{e.Type}|{e.At:O}|{e.By}|{e.Data}");
        }

        return history;
    }
}
