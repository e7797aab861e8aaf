using InsiderRisk.Integrations.CaseEvents;
using InsiderRisk.Storage.Sqlite;

namespace InsiderRisk.Integrations.Tests.CaseEvents;

public sealed class TableCaseEventPublisherTests : IDisposable
{
    private readonly SqliteDatabase database = SqliteDatabase.OpenInMemory("case-events-" + Guid.NewGuid().ToString("N"));
    private readonly TableCaseEventPublisher publisher;
    private readonly CaseEventMessageMapper mapper = new();

    public TableCaseEventPublisherTests()
    {
        publisher = new TableCaseEventPublisher(new SqliteTableStore(database), TimeProvider.System);
    }

    [Fact]
    public async Task Publishes_a_cases_events_readable_in_sequence_order()
    {
        await publisher.PublishAsync([mapper.Map(Builders.Record(Builders.TeamRequested(), 10)), mapper.Map(Builders.Record(Builders.Opened(), 9))]);

        var published = await publisher.ListAsync(Builders.CaseId);

        Assert.Equal([9L, 10L], published.Select(item => item.Sequence));
        Assert.Equal(["IR-42:9", "IR-42:10"], published.Select(item => item.MessageId));
        Assert.Equal(["CaseOpened", "TeamCreationRequested"], published.Select(item => item.Subject));
    }

    [Fact]
    public async Task Republishing_keeps_one_row_per_event()
    {
        var message = mapper.Map(Builders.Record(Builders.Opened(), 1));

        await publisher.PublishAsync([message]);
        await publisher.PublishAsync([message]);

        var published = Assert.Single(await publisher.ListAsync(Builders.CaseId));
        Assert.Equal(message.Body, published.Body);
    }

    [Fact]
    public async Task A_body_larger_than_one_table_property_round_trips()
    {
        var message = mapper.Map(Builders.Record(Builders.Opened(alerts: 1000), 1));
        Assert.True(message.Body.Length > 64_000);

        await publisher.PublishAsync([message]);

        Assert.Equal(message.Body, Assert.Single(await publisher.ListAsync(Builders.CaseId)).Body);
    }

    [Fact]
    public async Task Another_cases_events_are_not_listed()
    {
        await publisher.PublishAsync([mapper.Map(Builders.Record(Builders.Opened(), 1))]);

        Assert.Empty(await publisher.ListAsync("IR-7"));
    }

    public void Dispose() => database.Dispose();
}
