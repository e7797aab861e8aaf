using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Notices;
using static InsiderRisk.Integrations.Tests.Notices.Builders;

namespace InsiderRisk.Integrations.Tests.Notices;

public sealed class EmailComposerTests
{
    private static readonly DateTimeOffset DueAt = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_shared_case_names_the_user_by_pseudonym_only()
    {
        var payload = new EffectPayload.ShareByEmail("hr@contoso.com", "Copied files before leaving", User);

        var ready = Assert.IsType<EmailComposition.Ready>(new ShareEmailComposer(Sender).Compose(Invocation(payload, RealUser)));

        Assert.Equal("Insider risk case shared with you: Copied files before leaving", ready.Email.Subject);
        Assert.Contains($"User: {User}", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Policies: Data leaks, Departing users", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.Contains("https://irm.contoso.com/cases/IR-12", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Adele", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("adele.vance", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.Equal("case shared with hr@contoso.com", ready.Description);
    }

    [Fact]
    public void Sharing_with_something_that_is_not_an_address_is_refused()
    {
        var payload = new EffectPayload.ShareByEmail("HR team", "Case", User);

        Assert.IsType<EmailComposition.Refused>(new ShareEmailComposer(Sender).Compose(Invocation(payload)));
    }

    [Fact]
    public void A_reminder_names_the_case_and_its_due_time_and_leaves_out_contributors_without_an_address()
    {
        var payload = new EffectPayload.SendReminder(["analyst@contoso.com", "Analyst@Contoso.com", "f3a1-object-id"], "Copied files before leaving", DueAt);

        var ready = Assert.IsType<EmailComposition.Ready>(new ReminderEmailComposer(Sender).Compose(Invocation(payload)));

        Assert.Equal("Review overdue: Copied files before leaving", ready.Email.Subject);
        Assert.Contains("2025-03-04 09:30 UTC", ready.Email.PlainText, StringComparison.Ordinal);
        Assert.Equal(["analyst@contoso.com"], ready.Email.To.Select(r => r.Address));
        Assert.Equal("overdue reminder to 1 contributor(s) (1 without an email address left out)", ready.Description);
    }

    [Fact]
    public void A_reminder_with_no_address_to_send_to_is_refused()
    {
        var payload = new EffectPayload.SendReminder(ImmutableArray.Create("object-id-1"), "Case", DueAt);

        var refused = Assert.IsType<EmailComposition.Refused>(new ReminderEmailComposer(Sender).Compose(Invocation(payload)));

        Assert.Equal("None of the case's 1 contributors has an email address to remind.", refused.Error);
    }

    [Fact]
    public void A_composer_given_another_kind_of_payload_refuses_it()
    {
        var payload = new EffectPayload.ArchiveTeam("team-1");

        Assert.IsType<EmailComposition.Refused>(new NoticeEmailComposer(new NoticeRenderer(), Sender).Compose(Invocation(payload)));
        Assert.IsType<EmailComposition.Refused>(new ShareEmailComposer(Sender).Compose(Invocation(payload)));
        Assert.IsType<EmailComposition.Refused>(new ReminderEmailComposer(Sender).Compose(Invocation(payload)));
    }
}
