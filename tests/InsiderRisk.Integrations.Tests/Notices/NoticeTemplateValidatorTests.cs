using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Notices;
using static InsiderRisk.Integrations.Tests.Notices.Builders;

namespace InsiderRisk.Integrations.Tests.Notices;

public sealed class NoticeTemplateValidatorTests
{
    private readonly NoticeTemplateValidator validator = new(new NoticeRenderer());

    [Fact]
    public void A_template_using_every_placeholder_is_valid()
    {
        Assert.Empty(validator.Validate(Template));
    }

    [Fact]
    public void Subject_body_and_sender_are_required()
    {
        var errors = validator.Validate(Template with { Subject = " ", Body = "", Sender = "" });

        Assert.Equal(["body", "sender", "subject"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_syntax_error_is_refused_with_a_message_saying_where()
    {
        var errors = validator.Validate(Template with { Body = "Dear {{userDisplayName" });

        var message = Assert.Single(errors["body"]);
        Assert.StartsWith("The body is not a valid template: Reached end of template before the expression was closed.", message, StringComparison.Ordinal);
        Assert.Contains("occurred at", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_block_in_the_subject_is_refused()
    {
        var errors = validator.Validate(Template with { Subject = "{{#if caseName}}About your case" });

        Assert.Contains("'if' was closed", Assert.Single(errors["subject"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_and_unknown_helpers_are_refused_because_they_cannot_render()
    {
        var errors = validator.Validate(Template with { Body = "{{> footer}}", Subject = "{{upper caseName}}" });

        Assert.Contains("cannot be rendered", Assert.Single(errors["body"]), StringComparison.Ordinal);
        Assert.Contains("cannot be rendered", Assert.Single(errors["subject"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_is_refused_naming_it_and_the_known_ones()
    {
        var errors = validator.Validate(Template with { Subject = "Case {{caseNmae}}", Body = "Hello {{nickname}}" });

        Assert.Contains("'{{caseNmae}}'", Assert.Single(errors["subject"]), StringComparison.Ordinal);
        var body = Assert.Single(errors["body"]);
        Assert.Contains("'{{nickname}}'", body, StringComparison.Ordinal);
        Assert.Contains(NoticePlaceholders.ManagerName, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_items_and_loop_variables_inside_each_are_known()
    {
        Assert.Empty(validator.Validate(Template with { Body = "{{#each policies}}{{@index}}. {{this}}{{#unless @last}}, {{/unless}}{{/each}}" }));
    }

    [Fact]
    public void Lengths_are_bounded()
    {
        var errors = validator.Validate(Template with
        {
            Name = new string('n', NoticeTemplateValidator.MaxNameLength + 1),
            Subject = new string('s', NoticeTemplateValidator.MaxSubjectLength + 1),
            Body = new string('b', NoticeTemplateValidator.MaxBodyLength + 1),
        });

        Assert.Equal(["body", "name", "subject"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sender_cc_and_bcc_must_be_email_addresses()
    {
        var errors = validator.Validate(Template with { Sender = "IRM Team", Cc = ["ok@contoso.com", "not an address"], Bcc = ["Audit <audit@contoso.com>"] });

        Assert.Equal(["'IRM Team' is not an email address."], errors["sender"]);
        Assert.Equal(["'not an address' is not an email address."], errors["cc"]);
        Assert.Equal(["'Audit <audit@contoso.com>' is not an email address."], errors["bcc"]);
    }

    [Fact]
    public void A_subject_is_one_line_and_a_name_is_a_safe_key()
    {
        var errors = validator.Validate(Template with { Subject = "Line one\nLine two", Name = "a/b" });

        Assert.Equal(["name", "subject"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Too_many_copies_are_refused()
    {
        var cc = Enumerable.Range(0, NoticeTemplateValidator.MaxCopies + 1).Select(i => $"person{i}@contoso.com").ToArray();

        Assert.Contains("cc", validator.Validate(Template with { Cc = [.. cc] }).Keys);
    }

    [Fact]
    public void Overrides_are_checked_the_same_way_and_absent_ones_are_fine()
    {
        Assert.Empty(validator.ValidateOverrides(null, null, null));
        Assert.Empty(validator.ValidateOverrides("About {{caseName}}", "Dear {{userDisplayName}}", ["hr@contoso.com"]));

        var errors = validator.ValidateOverrides("{{#each}}", "{{caseName", ["nope"]);

        Assert.Equal(["body", "cc", "subject"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_template_with_default_address_lists_is_valid()
    {
        Assert.Empty(validator.Validate(new NoticeTemplate("Bare", Sender, "Subject", "Body", default, default)));
    }
}
