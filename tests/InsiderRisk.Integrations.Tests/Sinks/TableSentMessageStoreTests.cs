using InsiderRisk.Domain;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Sqlite;
using static InsiderRisk.Integrations.Tests.Sinks.Builders;

namespace InsiderRisk.Integrations.Tests.Sinks;

public sealed class TableSentMessageStoreTests : IDisposable
{
    private readonly SqliteDatabase database = Database();

    [Fact]
    public async Task A_recorded_message_reads_back_whole()
    {
        var store = Store(database);
        var message = Message(Fx(3));

        await store.RecordAsync(message);

        var read = Assert.Single(await store.ListAsync(TheCaseId));
        Assert.Equal(
            (message.CaseId, message.EffectId, message.Kind, message.Sender, message.Subject, message.Body, message.RecordedAt),
            (read.CaseId, read.EffectId, read.Kind, read.Sender, read.Subject, read.Body, read.RecordedAt));
        Assert.Equal(message.To, read.To.AsEnumerable());
        Assert.Equal(message.Cc, read.Cc.AsEnumerable());
        Assert.Equal(message.Bcc, read.Bcc.AsEnumerable());
    }

    [Fact]
    public async Task Recording_one_effect_again_keeps_one_row_with_the_latest_content()
    {
        var store = Store(database);

        await store.RecordAsync(Message(Fx(3), subject: "first attempt"));
        await store.RecordAsync(Message(Fx(3), subject: "second attempt"));

        Assert.Equal("second attempt", Assert.Single(await store.ListAsync(TheCaseId)).Subject);
    }

    [Fact]
    public async Task A_case_lists_only_its_own_messages_in_effect_order()
    {
        var store = Store(database);
        var otherCase = new CaseId("IR-22");

        await store.RecordAsync(Message(Fx(9)));
        await store.RecordAsync(Message(Fx(4)));
        await store.RecordAsync(Message(Fx(4, otherCase), caseId: otherCase));

        Assert.Equal([Fx(4), Fx(9)], (await store.ListAsync(TheCaseId)).Select(m => m.EffectId));
        Assert.Empty(await store.ListAsync(new CaseId("IR-99")));
    }

    [Fact]
    public async Task A_body_longer_than_one_property_holds_is_kept_in_chunks()
    {
        var store = Store(database);
        var body = string.Concat(Enumerable.Range(0, 9_000).Select(i => $"line {i:D4}\n"));

        await store.RecordAsync(Message(Fx(3), body: body));

        Assert.Equal(body, Assert.Single(await store.ListAsync(TheCaseId)).Body);
    }

    [Fact]
    public async Task A_body_too_large_for_one_row_is_refused_as_invalid_input()
    {
        var store = Store(database);

        var error = await Assert.ThrowsAsync<StorageException>(() => store.RecordAsync(Message(Fx(3), body: new string('x', 500_000))));

        Assert.Equal(StorageErrorKind.InvalidInput, error.Kind);
    }

    public void Dispose() => database.Dispose();
}
