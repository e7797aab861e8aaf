using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Tests.Support;

namespace InsiderRisk.Functions.Tests.Admin;

public sealed class SettingsApiTests : IClassFixture<AdminFixture>
{
    private readonly ApiFactory _app;

    public SettingsApiTests(AdminFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _app = fixture.App;
    }

    [Fact]
    public async Task An_Admin_reads_the_defaults_changes_them_and_reads_back_what_was_saved()
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);
        var defaults = await admin.GetFromJsonAsync<JsonElement>("/api/settings");
        var document = JsonNode.Parse(defaults.GetRawText())!.AsObject();
        document["slaHours"]!["high"] = 12;
        document["boosters"]!["potentialHighImpactFactor"] = 2.0;
        document["highImpactUsers"] = new JsonArray("ceo@contoso.test");
        document["policies"] = new JsonObject { ["Data leaks"] = new JsonObject { ["autoAttachToOpenCase"] = true } };

        using var put = await admin.PutAsync("/api/settings", Builders.Json(document));
        var saved = await admin.GetFromJsonAsync<JsonElement>("/api/settings");

        Assert.Equal(72, defaults.GetProperty("slaHours").GetProperty("medium").GetInt32());
        Assert.Equal(1.25, defaults.GetProperty("boosters").GetProperty("priorityUserGroupFactor").GetDouble());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(12, saved.GetProperty("slaHours").GetProperty("high").GetInt32());
        Assert.Equal(2.0, saved.GetProperty("boosters").GetProperty("potentialHighImpactFactor").GetDouble());
        Assert.Equal(["ceo@contoso.test"], saved.GetProperty("highImpactUsers").EnumerateArray().Select(e => e.GetString()));
        Assert.True(saved.GetProperty("policies").GetProperty("Data leaks").GetProperty("autoAttachToOpenCase").GetBoolean());
        var audit = await _app.Get<IAuditLog>().QueryAsync(new AuditQuery(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), Action: SettingsEndpoints.PutAction));
        Assert.Contains(audit.Items, e => e.Actor == Builders.Admin && e.Outcome == AuditOutcome.Succeeded);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "{\"boosters\":{\"priorityUserGroupFactor\":0.5}}", "boosters.priorityUserGroupFactor" },
        { "{\"boosters\":{\"potentialHighImpactFactor\":11}}", "boosters.potentialHighImpactFactor" },
        { "{\"boosters\":null}", "boosters" },
        { "{\"slaHours\":{\"high\":0,\"medium\":72,\"low\":168}}", "slaHours.high" },
        { "{\"slaHours\":{\"high\":24,\"medium\":-1,\"low\":168}}", "slaHours.medium" },
        { "{\"slaHours\":{\"high\":\"soon\"}}", "slaHours.high" },
        { "{\"priorityUserGroups\":[\"ok@contoso.test\",\" \"]}", "priorityUserGroups[1]" },
        { "{\"highImpactUsers\":null}", "highImpactUsers" },
        { "{\"integrations\":{\"organization\":null}}", "integrations.organization" },
        { "{\"pseudonymiseUsers\":false}", "pseudonymiseUsers" },
        { "[]", "body" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_documents_are_400_by_field_and_change_nothing(string json, string field)
    {
        using var admin = _app.ClientAs(Builders.Admin, Role.Admin);
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/settings")).GetRawText();

        using var response = await admin.PutAsync("/api/settings", Tests.Builders.Json(json));
        var after = (await admin.GetFromJsonAsync<JsonElement>("/api/settings")).GetRawText();

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Settings_are_Admin_only()
    {
        using var anonymous = _app.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/settings"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.PutAsync("/api/settings", Tests.Builders.Json("{}")), HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Role.Analyst, Role.Investigator, Role.Auditor })
        {
            using var client = _app.ClientAs("someone@contoso.test", role);
            await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/settings"), HttpStatusCode.Forbidden);
            await ProblemAssert.IsProblemAsync(await client.PutAsync("/api/settings", Tests.Builders.Json("{}")), HttpStatusCode.Forbidden);
        }
    }
}
