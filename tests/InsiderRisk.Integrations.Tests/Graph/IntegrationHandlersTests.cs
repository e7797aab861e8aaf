using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class IntegrationHandlersTests : IDisposable
{
    private readonly SqliteDatabase database = SqliteDatabase.OpenInMemory("registration-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void With_nothing_configured_every_kind_goes_to_the_local_sink()
    {
        using var set = Create(TestConfiguration.Of());

        Assert.Equal(
            "CreateTeam=local-sink, ArchiveTeam=local-sink, CreateInvestigation=local-sink, CreateIncident=local-sink, RunFlow=local-sink",
            set.Describe());
        Assert.Null(set.RiskFeedback);
        Assert.Empty(set.Flows.Names);
    }

    [Fact]
    public void Each_configured_service_serves_its_own_kinds_and_the_rest_stay_local()
    {
        using var set = Create(TestConfiguration.Of(
            ("ServiceNow__InstanceUrl", "https://contoso.service-now.com"),
            ("ServiceNow__Token", "tok"),
            ("Flows__NotifyHR__Url", "https://prod-1.westus.logic.azure.com/workflows/1?sig=s")));

        Assert.Equal("servicenow", set.For(EffectKind.CreateIncident).Channel);
        Assert.Equal("power-automate", set.For(EffectKind.RunFlow).Channel);
        Assert.Equal("local-sink", set.For(EffectKind.CreateTeam).Channel);
        Assert.Equal(["NotifyHR"], set.Flows.Names);
    }

    [Fact]
    public async Task A_configured_graph_serves_teams_and_ediscovery_through_the_real_sdk()
    {
        await using var graph = new GraphHarness();
        using var set = Create(TestConfiguration.Of(("Graph__TenantId", "contoso"), ("Graph__ClientId", "app"), ("Graph__BaseUrl", graph.Fake.BaseUrl.AbsoluteUri)), graph.Credential);

        var outcome = await set.For(EffectKind.CreateInvestigation).ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation()));

        Assert.Equal(["graph", "graph", "graph"], new[] { EffectKind.CreateTeam, EffectKind.ArchiveTeam, EffectKind.CreateInvestigation }.Select(kind => set.For(kind).Channel));
        Assert.NotNull(set.RiskFeedback);
        Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Single(graph.Fake.EdiscoveryCases);
    }

    [Fact]
    public void Flows_that_are_all_local_are_served_by_the_sink()
    {
        using var set = Create(TestConfiguration.Of(("Flows__NotifyHR__Url", "local")));

        Assert.Equal("local-sink", set.For(EffectKind.RunFlow).Channel);
        Assert.True(set.Flows.IsConfigured("NotifyHR"));
    }

    public void Dispose() => database.Dispose();

    private IntegrationHandlerSet Create(TestConfiguration configuration, FakeTokenCredential? credential = null) =>
        IntegrationHandlers.Create(
            IntegrationSettings.From(configuration),
            new TableSinkRecordStore(new SqliteTableStore(database)),
            NullLoggerFactory.Instance,
            graphCredential: credential);
}
