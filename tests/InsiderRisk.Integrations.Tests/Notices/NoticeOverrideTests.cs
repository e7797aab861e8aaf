using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Notices;
using static InsiderRisk.Integrations.Tests.Notices.Builders;

namespace InsiderRisk.Integrations.Tests.Notices;

/// <summary>Per-send overrides as the case applies them (override wins; a cc override replaces the template's cc), then rendered.</summary>
public sealed class NoticeOverrideTests
{
    private readonly NoticeEmailComposer composer = new(new NoticeRenderer(), "fallback@contoso.com");

    [Fact]
    public void Without_overrides_the_template_is_sent()
    {
        var email = Compose(NoticeFromCase());

        Assert.Equal("Contoso: about Copied files before leaving", email.Subject);
        Assert.StartsWith("Dear Adele Vance (adele.vance@contoso.com),", email.PlainText, StringComparison.Ordinal);
        Assert.Equal(Sender, email.Sender);
        Assert.Equal(new EmailRecipient("adele.vance@contoso.com", "Adele Vance"), Assert.Single(email.To));
        Assert.Equal(["compliance@contoso.com"], email.Cc.Select(r => r.Address));
        Assert.Equal(["audit@contoso.com"], email.Bcc.Select(r => r.Address));
    }

    [Fact]
    public void An_overridden_subject_wins_and_its_placeholders_are_filled()
    {
        var email = Compose(NoticeFromCase(subject: "Reminder for {{userDisplayName}}"));

        Assert.Equal("Reminder for Adele Vance", email.Subject);
        Assert.StartsWith("Dear Adele Vance", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overridden_body_wins_and_its_placeholders_are_filled()
    {
        var email = Compose(NoticeFromCase(body: "{{managerName}} asked us to remind you of {{policyNames}}."));

        Assert.Equal("Lee Gu asked us to remind you of Data leaks, Departing users.", email.PlainText);
        Assert.Equal("Contoso: about Copied files before leaving", email.Subject);
    }

    [Fact]
    public void An_overridden_cc_replaces_the_template_cc_and_bcc_stays()
    {
        var email = Compose(NoticeFromCase(cc: ["hr@contoso.com", "legal@contoso.com"]));

        Assert.Equal(["hr@contoso.com", "legal@contoso.com"], email.Cc.Select(r => r.Address));
        Assert.Equal(["audit@contoso.com"], email.Bcc.Select(r => r.Address));
    }

    [Fact]
    public void Every_override_at_once()
    {
        var email = Compose(NoticeFromCase(subject: "S {{caseName}}", body: "B {{organization}}", cc: []));

        Assert.Equal(("S Copied files before leaving", "B Contoso"), (email.Subject, email.PlainText));
        Assert.Empty(email.Cc);
    }

    [Fact]
    public void A_template_without_sender_falls_back_to_the_configured_sender()
    {
        var email = Compose(NoticeFromCase() with { Sender = "" });

        Assert.Equal("fallback@contoso.com", email.Sender);
    }

    [Fact]
    public void An_override_that_does_not_render_refuses_the_notice_naming_the_template()
    {
        var refused = Assert.IsType<EmailComposition.Refused>(composer.Compose(Invocation(NoticeFromCase(body: "{{> signature}}"))));

        Assert.StartsWith($"Template '{TemplateName}': The body cannot be rendered:", refused.Error, StringComparison.Ordinal);
    }

    private OutgoingEmail Compose(Domain.Cases.EffectPayload.SendNotice payload) =>
        Assert.IsType<EmailComposition.Ready>(composer.Compose(Invocation(payload))).Email;
}
