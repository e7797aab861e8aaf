using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Tests.AppHost;

public sealed class BenchAppTests
{
    [Fact]
    public async Task GivenASqliteStore_WhenTheAppStarts_ThenItsIngestionAndRiskServicesResolveAndItsTablesExist()
    {
        string directory;
        await using (var store = await BenchStore.OpenAsync(StoreKind.Sqlite))
        {
            directory = store.DataDirectory;
            await using var app = await BenchApp.StartAsync(store);
            await using var scope = app.CreateScope();

            Assert.NotNull(scope.ServiceProvider.GetRequiredService<AlertIngestion>());
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<IRiskProcessor>());
            var tables = app.Services.GetRequiredService<ITableStore>();
            var page = await tables.QueryPageAsync(RiskTables.Dirty, new TableQuery { PageSize = 1 });
            Assert.Empty(page.Items);
            Assert.True(File.Exists(Path.Combine(directory, "privacy.key")));
        }

        Assert.False(Directory.Exists(directory));
    }
}
