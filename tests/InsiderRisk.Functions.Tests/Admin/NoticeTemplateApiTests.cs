using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Tests.Admin;

public sealed class NoticeTemplateApiTests : IClassFixture<AdminFixture>
{
    private readonly ApiFactory _app;

    public NoticeTemplateApiTests(AdminFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _app = fixture.App;
    }

    [Fact]
    public async Task An_Admin_puts_a_template_that_Analysts_read_and_the_Cases_area_finds_in_its_stored_shape()
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);
        using var analyst = _app.ClientAs("analyst@contoso.test", Role.Analyst);

        using var put = await admin.PutAsync("/api/notice-templates/first-notice", Builders.Json(Builders.Template(sender: "hr@contoso.test", cc: "legal@contoso.test")));
        var read = await analyst.GetFromJsonAsync<JsonElement>("/api/notice-templates/first-notice");
        var row = await _app.Get<ITableStore>().GetAsync(NoticeTemplateStore.Table, NoticeTemplateStore.Partition, "first-notice");
        var stored = JsonSerializer.Deserialize<NoticeTemplate>(row!.GetString("Json")!);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("first-notice", "Your recent activity", "hr@contoso.test"), (read.GetProperty("name").GetString(), read.GetProperty("subject").GetString(), read.GetProperty("sender").GetString()));
        Assert.Equal(["legal@contoso.test"], read.GetProperty("cc").EnumerateArray().Select(e => e.GetString()));
        Assert.NotNull(stored);
        Assert.Equal(("first-notice", "hr@contoso.test", "Hello {{userDisplayName}}, please contact HR."), (stored.Name, stored.Sender, stored.Body));
        Assert.Equal(["legal@contoso.test"], stored.Cc.AsEnumerable());
        Assert.Empty(stored.Bcc);
    }

    [Fact]
    public async Task A_second_put_replaces_the_template_and_the_list_shows_each_name_once()
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);
        await admin.PutAsync("/api/notice-templates/reminder", Builders.Json(Builders.Template(subject: "First")));
        await admin.PutAsync("/api/notice-templates/reminder", Builders.Json(Builders.Template(subject: "Second")));

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/notice-templates?pageSize=1000");
        var reminder = Assert.Single(list.GetProperty("items").EnumerateArray(), t => t.GetProperty("name").GetString() == "reminder");

        Assert.Equal("Second", reminder.GetProperty("subject").GetString());
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "{\"body\":\"b\"}", "subject" },
        { "{\"subject\":\"s\"}", "body" },
        { "{\"subject\":\"two\\nlines\",\"body\":\"b\"}", "subject" },
        { "{\"subject\":\"s\",\"body\":\"b\",\"sender\":\"not an address\"}", "sender" },
        { "{\"subject\":\"s\",\"body\":\"b\",\"cc\":[\"ok@contoso.test\",\"nope\"]}", "cc[1]" },
        { "{\"subject\":\"s\",\"body\":\"b\",\"bcc\":\"x@contoso.test\"}", "bcc" },
        { "{\"subject\":\"s\",\"body\":\"b\",\"color\":\"red\"}", "color" },
        { "[1]", "body" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_templates_are_400_by_field_and_store_nothing(string json, string field)
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);

        using var response = await admin.PutAsync("/api/notice-templates/invalid-one", Tests.Builders.Json(json));
        using var read = await admin.GetAsync("/api/notice-templates/invalid-one");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task A_name_a_template_cannot_have_is_400_on_put_and_404_on_get()
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);

        using var put = await admin.PutAsync("/api/notice-templates/bad%20name", Builders.Json(Builders.Template()));
        using var get = await admin.GetAsync("/api/notice-templates/bad%20name");

        Assert.True((await ProblemAssert.IsProblemAsync(put, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _));
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_Admins_write_templates_and_Auditors_or_callers_without_a_role_cannot_read_them()
    {
        using var anonymous = _app.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.PutAsync("/api/notice-templates/t", Builders.Json(Builders.Template())), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/notice-templates/t"), HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Role.Analyst, Role.Investigator, Role.Auditor })
        {
            using var client = _app.ClientAs("someone@contoso.test", role);
            await ProblemAssert.IsProblemAsync(await client.PutAsync("/api/notice-templates/t", Builders.Json(Builders.Template())), HttpStatusCode.Forbidden);
        }

        using var auditor = _app.ClientAs("auditor@contoso.test", Role.Auditor);
        using var nobody = _app.ClientAs("nobody@contoso.test");
        await ProblemAssert.IsProblemAsync(await auditor.GetAsync("/api/notice-templates/t"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await nobody.GetAsync("/api/notice-templates"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_page_size_or_token_is_400()
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);

        using var size = await admin.GetAsync("/api/notice-templates?pageSize=0");
        using var token = await admin.GetAsync("/api/notice-templates?continuationToken=garbage");

        Assert.True((await ProblemAssert.IsProblemAsync(size, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("pageSize", out _));
        Assert.True((await ProblemAssert.IsProblemAsync(token, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("continuationToken", out _));
    }
}
