using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Tests.Admin;

/// <summary>PUT /api/notice-templates runs the send-time Handlebars and sender checks before storing.</summary>
public sealed class NoticeTemplateSyntaxTests
{
    [Theory]
    [InlineData("Your case", "Dear {{userDisplayName", "body", "The body is not a valid template")]
    [InlineData("{{#if caseName}}About your case", "Hello", "subject", "'if' was closed")]
    [InlineData("Your case", "{{> footer}}", "body", "cannot be rendered")]
    [InlineData("{{upper caseName}}", "Hello", "subject", "cannot be rendered")]
    [InlineData("Your case", "Hello {{nickname}}", "body", "'{{nickname}}', which is not a placeholder")]
    public async Task A_template_Handlebars_cannot_compile_or_render_is_a_400_on_its_field_and_nothing_is_stored(string subject, string body, string field, string reason)
    {
        using var app = new ApiFactory();
        using var admin = app.ClientAs(Builders.Admin, Role.Admin);

        using var response = await admin.PutAsync("/api/notice-templates/broken", Builders.Json(Builders.Template(subject: subject, body: body)));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Null(await app.Get<ITableStore>().GetAsync(NoticeTemplateStore.Table, NoticeTemplateStore.Partition, "broken"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/api/notice-templates/broken", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Every_placeholder_and_block_of_the_notice_model_is_accepted()
    {
        using var app = new ApiFactory();
        using var admin = app.ClientAs(Builders.Admin, Role.Admin);
        const string Body = "Hello {{userDisplayName}} ({{userEmail}}), case {{caseName}} for {{policyNames}}: {{#each policies}}{{this}} {{/each}}{{managerName}} {{organization}} {{caseLink}}";

        using var response = await admin.PutAsync("/api/notice-templates/complete", Builders.Json(Builders.Template(subject: "About {{caseName}}", body: Body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_template_without_a_sender_is_checked_with_Email_Sender_and_stored_without_one_so_the_setting_applies_at_send_time()
    {
        using var app = new ApiFactory(new Dictionary<string, string?> { ["Email:Sender"] = "compliance@contoso.test" });
        using var admin = app.ClientAs(Builders.Admin, Role.Admin);

        using var response = await admin.PutAsync("/api/notice-templates/default-sender", Builders.Json(Builders.Template()));
        var row = await app.Get<ITableStore>().GetAsync(NoticeTemplateStore.Table, NoticeTemplateStore.Partition, "default-sender");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, JsonSerializer.Deserialize<NoticeTemplate>(row!.GetString("Json")!)!.Sender);
    }

    [Fact]
    public async Task A_misconfigured_Email_Sender_refuses_templates_that_would_use_it_naming_the_setting()
    {
        using var app = new ApiFactory(new Dictionary<string, string?> { ["Email:Sender"] = "Compliance Team" });
        using var admin = app.ClientAs(Builders.Admin, Role.Admin);

        using var withoutSender = await admin.PutAsync("/api/notice-templates/no-sender", Builders.Json(Builders.Template()));
        using var withSender = await admin.PutAsync("/api/notice-templates/own-sender", Builders.Json(Builders.Template(sender: "hr@contoso.test")));
        var problem = JsonDocument.Parse(await withoutSender.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, withoutSender.StatusCode);
        Assert.StartsWith("Email__Sender:", problem.GetProperty("errors").GetProperty("sender")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withSender.StatusCode);
    }
}
