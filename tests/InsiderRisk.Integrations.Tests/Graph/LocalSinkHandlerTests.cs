using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.ServiceNow;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Sqlite;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class LocalSinkHandlerTests : IDisposable
{
    private readonly SqliteDatabase database = SqliteDatabase.OpenInMemory("sinks-" + Guid.NewGuid().ToString("N"));
    private readonly TableSinkRecordStore store;
    private readonly LogRecorder logs = new();

    public LocalSinkHandlerTests()
    {
        store = new TableSinkRecordStore(new SqliteTableStore(database));
    }

    public static TheoryData<string, EffectResult> Kinds() => new()
    {
        { nameof(EffectKind.CreateTeam), new EffectResult.TeamCreated($"local-team-{Builders.EffectId}") },
        { nameof(EffectKind.ArchiveTeam), new EffectResult.TeamArchived() },
        { nameof(EffectKind.CreateInvestigation), new EffectResult.InvestigationCreated($"local-ediscovery-{Builders.EffectId}") },
        { nameof(EffectKind.CreateIncident), new EffectResult.IncidentCreated($"LOCAL-{Builders.EffectId}") },
        { nameof(EffectKind.RunFlow), new EffectResult.FlowCompleted("local sink: run of flow 'NotifyHR' recorded, not sent") },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Records_what_would_be_sent_and_succeeds_with_a_labelled_result(string kind, EffectResult expected)
    {
        var (plan, payload) = PlanFor(Enum.Parse<EffectKind>(kind));

        var outcome = await Handler(plan).ExecuteAsync(Builders.Invocation(payload));

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Equal(expected, succeeded.Result);
        Assert.StartsWith("local sink:", succeeded.Detail, StringComparison.Ordinal);
        var record = Assert.Single(await store.ListAsync(new CaseId(Builders.CaseId)));
        Assert.Equal((Builders.CaseId, Builders.EffectId, plan.Kind), (record.CaseId, record.EffectId, record.Kind));
        Assert.NotNull(JsonNode.Parse(record.Request));
    }

    [Fact]
    public async Task A_retry_keeps_one_record_and_the_same_result()
    {
        var time = new StepClock();
        var handler = new LocalSinkHandler(new IncidentSinkPlan(), store, time, logs.For<LocalSinkHandler>());
        var payload = new EffectPayload.CreateIncident("Data exfiltration review", new UserPseudonym(Builders.Pseudonym), Severity.Medium, 2);

        var first = await handler.ExecuteAsync(Builders.Invocation(payload, attempt: 1));
        var second = await handler.ExecuteAsync(Builders.Invocation(payload, attempt: 2));

        Assert.Equal(first, second);
        var record = Assert.Single(await store.ListAsync(new CaseId(Builders.CaseId)));
        Assert.Equal(StepClock.Start, record.RecordedAt);
    }

    [Fact]
    public async Task The_recorded_incident_is_the_pseudonymized_servicenow_body()
    {
        var payload = new EffectPayload.CreateIncident("Data exfiltration review", new UserPseudonym(Builders.Pseudonym), Severity.High, 4);

        await Handler(new IncidentSinkPlan()).ExecuteAsync(Builders.Invocation(payload));

        var request = JsonNode.Parse(Assert.Single(await store.ListAsync(new CaseId(Builders.CaseId))).Request)!;
        Assert.Equal(Builders.EffectId, (string?)request["correlation_id"]);
        Assert.Contains("User (pseudonym): User-7Q4K2M9XAB", (string?)request["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reader_lists_one_cases_records_in_effect_order()
    {
        var handler = Handler(new TeamArchiveSinkPlan());
        await handler.ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("t-2"), effectId: "IR-42-fx00000020"));
        await handler.ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("t-1"), effectId: "IR-42-fx00000010"));
        await handler.ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("t-9"), effectId: "IR-7-fx00000001", caseId: "IR-7"));

        var records = await store.ListAsync(new CaseId(Builders.CaseId));

        Assert.Equal(["t-1", "t-2"], records.Select(record => record.Result));
        Assert.Null(await store.FindAsync(new CaseId(Builders.CaseId), new EffectId("IR-7-fx00000001")));
    }

    [Fact]
    public async Task A_store_failure_is_retryable()
    {
        var handler = new LocalSinkHandler(new TeamCreationSinkPlan(), new FailingSinkStore(), TimeProvider.System, logs.For<LocalSinkHandler>());

        var outcome = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        Assert.False(Assert.IsType<EffectOutcome.Failed>(outcome).Permanent);
    }

    [Fact]
    public async Task Another_kinds_payload_is_refused_and_nothing_is_recorded()
    {
        var outcome = await Handler(new TeamCreationSinkPlan()).ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("t-1")));

        Assert.True(Assert.IsType<EffectOutcome.Failed>(outcome).Permanent);
        Assert.Empty(await store.ListAsync(new CaseId(Builders.CaseId)));
    }

    public void Dispose() => database.Dispose();

    private static (ILocalSinkPlan Plan, EffectPayload Payload) PlanFor(EffectKind kind) => kind switch
    {
        EffectKind.CreateTeam => (new TeamCreationSinkPlan(), Builders.CreateTeam()),
        EffectKind.ArchiveTeam => (new TeamArchiveSinkPlan(), Builders.ArchiveTeam("team-5")),
        EffectKind.CreateInvestigation => (new InvestigationSinkPlan(), Builders.CreateInvestigation()),
        EffectKind.CreateIncident => (new IncidentSinkPlan(), new EffectPayload.CreateIncident("Case", new UserPseudonym(Builders.Pseudonym), Severity.Low, 1)),
        _ => (new FlowSinkPlan(), new EffectPayload.RunFlow("NotifyHR", "Case", new UserPseudonym(Builders.Pseudonym))),
    };

    private LocalSinkHandler Handler(ILocalSinkPlan plan) => new(plan, store, TimeProvider.System, logs.For<LocalSinkHandler>());

    private sealed class StepClock : TimeProvider
    {
        public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        private int calls;

        public override DateTimeOffset GetUtcNow() => Start.AddMinutes(calls++);
    }

    private sealed class FailingSinkStore : ISinkRecordStore
    {
        public Task<SinkRecord?> FindAsync(CaseId caseId, EffectId effectId, CancellationToken cancellationToken = default) =>
            throw new StorageException(StorageErrorKind.Throttled, "Server busy.", 503);

        public Task RecordAsync(SinkRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<SinkRecord>> ListAsync(CaseId caseId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SinkRecord>>([]);
    }
}
