using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Notices;
using static InsiderRisk.Integrations.Tests.Email.Builders;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class AcsEmailEffectHandlerTests
{
    [Fact]
    public async Task A_notice_goes_to_the_real_user_and_reports_only_the_pseudonym()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var handler = new AcsEmailEffectHandler(new NoticeEmailComposer(new NoticeRenderer(), Sender), HmacClient(server));

        var outcome = await handler.ExecuteAsync(Invocation(Notice(), RealUser));

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Equal(new EffectResult.NoticeDelivered(User), succeeded.Result);
        Assert.Contains(TemplateName, succeeded.Detail, StringComparison.Ordinal);
        Assert.Contains(User.Value, succeeded.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(UserEmail, succeeded.Detail, StringComparison.OrdinalIgnoreCase);
        var email = Assert.Single(server.Emails);
        Assert.Equal(OperationIds.ForEffect(TheEffectId).ToString("D"), email.Key);
        Assert.Equal([UserEmail], Addresses(email.Value, "to"));
        Assert.Equal(["manager@contoso.com"], Addresses(email.Value, "cc"));
        Assert.Equal("Hello Megan Bowen", email.Value.GetProperty("content").GetProperty("subject").GetString());
        Assert.Equal("Dear Megan Bowen, see Data leaks, Departing users.", email.Value.GetProperty("content").GetProperty("plainText").GetString());
        Assert.Equal(("acs", EffectKind.SendNotice), (handler.Channel, handler.Kind));
    }

    [Fact]
    public async Task A_notice_for_a_user_without_an_email_address_fails_permanently_without_calling_ACS()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var handler = new AcsEmailEffectHandler(new NoticeEmailComposer(new NoticeRenderer(), Sender), HmacClient(server));

        var outcome = await handler.ExecuteAsync(Invocation(Notice(), RealUser with { Email = null }));

        Assert.Equal(new EffectOutcome.Failed("the user has no email address on record", Permanent: true), outcome);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Sharing_by_email_goes_to_the_recipient()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var handler = new AcsEmailEffectHandler(new ShareEmailComposer(Sender), HmacClient(server));

        var outcome = await handler.ExecuteAsync(Invocation(Share("hr@contoso.com")));

        Assert.Equal(new EffectResult.SharedByEmail("hr@contoso.com"), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.Equal(["hr@contoso.com"], Addresses(Assert.Single(server.Emails).Value, "to"));
    }

    [Fact]
    public async Task A_reminder_goes_to_the_contributors_with_email_addresses()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var handler = new AcsEmailEffectHandler(new ReminderEmailComposer(Sender), HmacClient(server));

        var outcome = await handler.ExecuteAsync(Invocation(Reminder("analyst@contoso.com", "0f8c1f9e-object-id", "investigator@contoso.com")));

        Assert.Equal(new EffectResult.ReminderSent(), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.Equal(["analyst@contoso.com", "investigator@contoso.com"], Addresses(Assert.Single(server.Emails).Value, "to"));
    }

    [Fact]
    public async Task A_refusal_by_ACS_is_a_permanent_failure_with_its_text()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.RejectAsBadRequest);
        var handler = new AcsEmailEffectHandler(new ShareEmailComposer(Sender), HmacClient(server));

        var failed = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Invocation(Share())));

        Assert.True(failed.Permanent);
        Assert.Contains("Recipient hr@contoso.com is not allowed by the sender domain.", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_notice_names_the_user_by_pseudonym_even_when_ACS_quotes_the_address()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.RejectAsBadRequest);
        var handler = new AcsEmailEffectHandler(new NoticeEmailComposer(new NoticeRenderer(), Sender), HmacClient(server));

        var failed = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Invocation(Notice(), RealUser)));

        Assert.Contains($"Recipient {User} is not allowed", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(UserEmail, failed.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Throttling_is_a_retryable_failure_carrying_the_wait_ACS_asked_for()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.Throttle);
        server.RetryAfterSeconds = 90;
        var handler = new AcsEmailEffectHandler(new ShareEmailComposer(Sender), HmacClient(server));

        var failed = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Invocation(Share())));

        Assert.False(failed.Permanent);
        Assert.Equal(TimeSpan.FromSeconds(90), failed.RetryAfter);
    }

    [Fact]
    public async Task A_second_attempt_after_a_lost_response_succeeds_without_a_second_email()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.AcceptThenDrop);
        server.AnswerRepeatWithConflict = true;
        var handler = new AcsEmailEffectHandler(new ShareEmailComposer(Sender), HmacClient(server, FastOptions(maxRetries: 0)));

        var first = await handler.ExecuteAsync(Invocation(Share(), attempt: 1));
        var second = await handler.ExecuteAsync(Invocation(Share(), attempt: 2));

        Assert.False(Assert.IsType<EffectOutcome.Failed>(first).Permanent);
        Assert.Contains("sent by an earlier attempt", Assert.IsType<EffectOutcome.Succeeded>(second).Detail, StringComparison.Ordinal);
        Assert.Single(server.Emails);
    }
}
