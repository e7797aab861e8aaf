using InsiderRisk.Integrations.Notices;
using static InsiderRisk.Integrations.Tests.Notices.Builders;

namespace InsiderRisk.Integrations.Tests.Notices;

public sealed class NoticeRendererTests
{
    [Fact]
    public void Every_placeholder_is_filled_from_the_case()
    {
        var rendered = new NoticeRenderer().Render(Template.Subject, Template.Body, NoticeModel.For(CaseContext(RealUser)));

        Assert.Equal("Contoso: about Copied files before leaving", rendered.Subject);
        Assert.Equal(
            "Dear Adele Vance (adele.vance@contoso.com),\nyour activity matched Data leaks, Departing users.\nYour manager Lee Gu is informed.\n" +
            "- Data leaks\n- Departing users\nDetails: https://irm.contoso.com/cases/IR-12",
            rendered.PlainText);
    }

    [Fact]
    public void Unknown_placeholders_and_missing_values_render_as_nothing()
    {
        var model = NoticeModel.For(CaseContext(RealUser with { DisplayName = null, Manager = null }));

        var rendered = new NoticeRenderer().Render("Hi {{nickname}}", "[{{userDisplayName}}][{{managerName}}][{{user.secret}}]", model);

        Assert.Equal("Hi", rendered.Subject);
        Assert.Equal("[][][]", rendered.PlainText);
    }

    [Fact]
    public void Plain_text_is_not_HTML_escaped_but_the_HTML_variant_is()
    {
        var model = NoticeModel.Sample with { UserDisplayName = "O'Brien <Ops> & Co" };

        var rendered = new NoticeRenderer().Render("For {{userDisplayName}}", "<b>{{userDisplayName}}</b>\nline two", model);

        Assert.Equal("For O'Brien <Ops> & Co", rendered.Subject);
        Assert.Equal("<b>O'Brien <Ops> & Co</b>\nline two", rendered.PlainText);
        Assert.Contains("&lt;b&gt;O&#39;Brien &lt;Ops&gt; &amp; Co&lt;/b&gt;<br>\nline two", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_line_breaks_cannot_split_the_subject()
    {
        var model = NoticeModel.Sample with { CaseName = "first\r\nBcc: someone@evil.example" };

        Assert.Equal("Case first Bcc: someone@evil.example", new NoticeRenderer().Render("Case {{caseName}}", "b", model).Subject);
    }

    [Fact]
    public void Values_are_data_never_template_text()
    {
        var model = NoticeModel.Sample with { UserDisplayName = "{{userEmail}}" };

        Assert.Equal("{{userEmail}}", new NoticeRenderer().Render("s", "{{userDisplayName}}", model).PlainText);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_part_and_the_reason()
    {
        var error = Assert.Throws<NoticeTemplateException>(() => new NoticeRenderer().Render("ok", "Dear {{#if userDisplayName}}you", NoticeModel.Sample));

        Assert.StartsWith("The body is not a valid template:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'if' was closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_helper_fails_at_render_time()
    {
        var error = Assert.Throws<NoticeTemplateException>(() => new NoticeRenderer().Render("{{shout caseName}}", "b", NoticeModel.Sample));

        Assert.StartsWith("The subject cannot be rendered:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_templates_are_cached_by_their_text()
    {
        var renderer = new NoticeRenderer();

        renderer.Render(Template.Subject, Template.Body, NoticeModel.Sample);
        renderer.Render(Template.Subject, Template.Body, NoticeModel.Sample with { CaseName = "another case" });

        Assert.Equal(2, renderer.CachedTemplates);
    }
}
