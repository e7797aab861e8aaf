using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Recompute;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Tests.Recompute;

public sealed class RecomputeLoaderTests
{
    [Fact]
    public async Task GivenLoadedData_WhenTheAppsOwnReadersReadIt_ThenTheyFindEveryUsersAlertsAsGeneratedAndTheirMarkers()
    {
        await using var store = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var app = await BenchApp.StartAsync(store);
        var directory = app.Services.GetRequiredService<IUserDirectory>();
        var data = new RecomputeData(users: 30, alerts: 300, seed: 9, DateTimeOffset.UtcNow);

        long loaded = await new RecomputeLoader(app.Services.GetRequiredService<ITableStore>(), new AlertStoreTables(), directory)
            .LoadAsync(data, CancellationToken.None);

        Assert.Equal(data.Users().Sum(user => user.Alerts.Count), loaded);
        var facts = app.Services.GetRequiredService<RiskAlertFacts>();
        var dirty = app.Services.GetRequiredService<RiskDirtyIndex>();
        foreach (var user in data.Users())
        {
            var pseudonym = directory.Pseudonymize(user.UserId);
            var read = await facts.ReadAsync(pseudonym);
            Assert.Equal(user.Alerts.OrderBy(fact => fact.AlertId.Value, StringComparer.Ordinal), read);
            Assert.NotNull(await dirty.GetAsync(pseudonym));
        }
    }
}
