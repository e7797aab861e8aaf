using System.Net;
using System.Text.Json.Nodes;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>The <c>IngestAlerts</c> function as the Functions host invokes it with a Service Bus message.</summary>
public sealed class IngestAlertsHandlerTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    public static TheoryData<string> Shapes => ["string", "object", "array-string", "array"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_delivery_is_stored_whether_the_host_sends_the_body_as_a_string_or_as_json(string shape)
    {
        var id = NewId();
        JsonNode body = shape.StartsWith("array", StringComparison.Ordinal) ? Batch(Alert(id)) : Alert(id);
        JsonNode sent = shape.EndsWith("string", StringComparison.Ordinal) ? JsonValue.Create(body.ToJsonString())! : body;

        using var response = await app.InvokeIngestAsync(sent, messageId: id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadJsonAsync(response);
        Assert.Contains("Stored 1 alerts", result.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("NeedsReview", (await app.AlertAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing_and_completes()
    {
        var id = NewId();
        var body = JsonValue.Create(Alert(id, title: "Original").ToJsonString());
        (await app.InvokeIngestAsync(body, messageId: id)).Dispose();

        using var again = await app.InvokeIngestAsync(JsonValue.Create(Alert(id, title: "Changed").ToJsonString()), messageId: id, deliveryCount: 2);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("1 were already known", (await ReadJsonAsync(again)).GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Original", (await app.AlertAsync(id)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_invalid_message_stores_no_alert_is_kept_for_admins_with_its_errors_and_fails_so_the_host_dead_letters_it()
    {
        var messageId = NewId("msg");
        var good = NewId();
        var bad = Alert(NewId(), userId: "megan@contoso.test");
        bad["riskScore"] = 250;
        var body = JsonValue.Create(Batch(Alert(good, userId: "megan@contoso.test"), bad).ToJsonString());

        using var first = await app.InvokeIngestAsync(body, messageId);
        using var second = await app.InvokeIngestAsync(body, messageId, deliveryCount: 2);

        await ProblemAssert.IsProblemAsync(first, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.BadRequest);
        await GetJsonAsync(app.Analyst(), $"/api/alerts/{good}", HttpStatusCode.NotFound);
        var listed = await InvalidMessageAsync(messageId);
        Assert.Equal(2, listed.GetProperty("deliveryCount").GetInt32());
        Assert.True(listed.GetProperty("errors").TryGetProperty("[1].riskScore", out _));
        var stored = listed.GetProperty("body").GetString()!;
        Assert.DoesNotContain("megan@contoso.test", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(app.Pseudonym("megan@contoso.test").Value, stored, StringComparison.Ordinal);
        Assert.Contains(good, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_kept_as_sent_with_a_whole_body_error()
    {
        var messageId = NewId("msg");

        using var response = await app.InvokeIngestAsync(JsonValue.Create("alert: none"), messageId);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var listed = await InvalidMessageAsync(messageId);
        Assert.Equal("alert: none", listed.GetProperty("body").GetString());
        Assert.True(listed.GetProperty("errors").TryGetProperty("$", out _));
    }

    private async Task<System.Text.Json.JsonElement> InvalidMessageAsync(string messageId)
    {
        using var admin = app.Admin();
        var all = new List<System.Text.Json.JsonElement>();
        string? token = null;
        do
        {
            var page = await GetJsonAsync(admin, "/api/admin/invalid-messages?pageSize=2" + (token is null ? "" : "&continuationToken=" + token));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        return Assert.Single(all, item => item.GetProperty("messageId").GetString() == messageId);
    }
}
