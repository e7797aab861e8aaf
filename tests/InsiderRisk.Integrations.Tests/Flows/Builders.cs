using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Integrations.Tests.Graph;
using InsiderRisk.Storage.Sqlite;

namespace InsiderRisk.Integrations.Tests.Flows;

internal static class Builders
{
    public const string CaseId = "IR-42";
    public const string EffectId = "IR-42-fx00000011";
    public const string Pseudonym = "User-7Q4K2M9XAB";
    public const string RealUser = "megan.bowen@contoso.com";

    public static EffectInvocation Invocation(string flowName = "NotifyHR", int attempt = 1, string effectId = EffectId) =>
        new(
            new CaseId(CaseId),
            new EffectId(effectId),
            attempt,
            new EffectPayload.RunFlow(flowName, "Data exfiltration review", new UserPseudonym(Pseudonym)),
            new EffectCaseContext(
                "Data exfiltration review",
                new UserPseudonym(Pseudonym),
                new UserIdentity(RealUser, "Megan Bowen", RealUser, "Finance", "Alex Wilber", "alex.wilber@contoso.com"),
                ImmutableArray.Create("Data leaks"),
                "Contoso",
                null));

    public static FlowCatalog Catalog(params (string Name, string Url)[] flows) =>
        FlowCatalog.From(TestConfiguration.Of([.. flows.Select(flow => ($"Flows__{flow.Name}__Url", (string?)flow.Url))]));

    public static FlowRunHandler Handler(FlowCatalog catalog, LogRecorder logs, ISinkRecordStore? sinks = null, TimeSpan? timeout = null) =>
        new(
            new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(10) },
            catalog,
            new LocalSinkHandler(new FlowSinkPlan(), sinks ?? Sinks(), TimeProvider.System, logs.For<LocalSinkHandler>()),
            TimeProvider.System,
            logs.For<FlowRunHandler>());

    /// <summary>A sink store on a fresh in-memory SQLite database (kept alive for the test process).</summary>
    public static TableSinkRecordStore Sinks() =>
        new(new SqliteTableStore(SqliteDatabase.OpenInMemory("flows-" + Guid.NewGuid().ToString("N"))));
}
