using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Notices;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Sqlite;
using static InsiderRisk.Integrations.Tests.Sinks.Builders;

namespace InsiderRisk.Integrations.Tests.Sinks;

public sealed class LocalSinkEmailHandlerTests : IDisposable
{
    private readonly SqliteDatabase database = Database();
    private readonly TableSentMessageStore store;

    public LocalSinkEmailHandlerTests() => store = Store(database);

    [Fact]
    public async Task A_notice_is_recorded_as_it_would_be_sent_and_succeeds_saying_local_sink()
    {
        var handler = Handler(new NoticeEmailComposer(new NoticeRenderer(), Sender));

        var outcome = await handler.ExecuteAsync(Invocation(Notice()));

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Equal(new EffectResult.NoticeDelivered(User), succeeded.Result);
        Assert.StartsWith("local sink:", succeeded.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nestor.wilke", succeeded.Detail, StringComparison.Ordinal);
        var sent = Assert.Single(await store.ListAsync(TheCaseId));
        Assert.Equal((EffectKind.SendNotice, Sender, "Hello Nestor Wilke", "Dear Nestor Wilke, see Data leaks."), (sent.Kind, sent.Sender, sent.Subject, sent.Body));
        Assert.Equal(["nestor.wilke@contoso.com"], sent.To.AsEnumerable());
        Assert.Equal(["manager@contoso.com"], sent.Cc.AsEnumerable());
        Assert.Equal(["audit@contoso.com"], sent.Bcc.AsEnumerable());
        Assert.Equal(("local-sink", EffectKind.SendNotice), (handler.Channel, handler.Kind));
    }

    [Fact]
    public async Task A_retried_effect_keeps_one_row()
    {
        var handler = Handler(new NoticeEmailComposer(new NoticeRenderer(), Sender));

        await handler.ExecuteAsync(Invocation(Notice(), attempt: 1));
        await handler.ExecuteAsync(Invocation(Notice(), attempt: 2));
        await handler.ExecuteAsync(Invocation(Notice(cc: ["hr@contoso.com"]), sequence: 5));

        Assert.Equal([Fx(3), Fx(5)], (await store.ListAsync(TheCaseId)).Select(m => m.EffectId));
    }

    [Fact]
    public async Task Sharing_and_reminders_are_recorded_with_their_results()
    {
        var share = await Handler(new ShareEmailComposer(Sender))
            .ExecuteAsync(Invocation(new EffectPayload.ShareByEmail("hr@contoso.com", "Deals copied to personal mail", User), sequence: 6));
        var reminder = await Handler(new ReminderEmailComposer(Sender))
            .ExecuteAsync(Invocation(new EffectPayload.SendReminder(["analyst@contoso.com"], "Deals copied to personal mail", Now), sequence: 7));

        Assert.Equal(new EffectResult.SharedByEmail("hr@contoso.com"), Assert.IsType<EffectOutcome.Succeeded>(share).Result);
        Assert.Equal(new EffectResult.ReminderSent(), Assert.IsType<EffectOutcome.Succeeded>(reminder).Result);
        var sent = await store.ListAsync(TheCaseId);
        Assert.Equal([(EffectKind.ShareByEmail, "hr@contoso.com"), (EffectKind.SendReminder, "analyst@contoso.com")], sent.Select(m => (m.Kind, m.To.Single())));
    }

    [Fact]
    public async Task A_notice_for_a_user_without_an_email_address_fails_permanently_and_records_nothing()
    {
        var handler = Handler(new NoticeEmailComposer(new NoticeRenderer(), Sender));
        var outcome = await handler.ExecuteAsync(Invocation(Notice(), realUser: RealUser with { Email = " " }));

        Assert.Equal(new EffectOutcome.Failed("the user has no email address on record", Permanent: true), outcome);
        Assert.Empty(await store.ListAsync(TheCaseId));
    }

    [Fact]
    public async Task A_message_too_large_to_record_fails_permanently()
    {
        var handler = Handler(new NoticeEmailComposer(new NoticeRenderer(), Sender));
        var huge = Notice() with { Body = new string('x', 490_000) };

        var failed = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Invocation(huge)));

        Assert.True(failed.Permanent);
        Assert.StartsWith("local sink:", failed.Error, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private LocalSinkEmailHandler Handler(IEmailComposer composer) => new(composer, store, new FixedTimeProvider(Now));
}
