using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary><c>/api/admin/risk</c> and the run functions as the Functions host invokes them.</summary>
public sealed class RiskRunApiTests
{
    [Fact]
    public async Task A_recompute_answers_202_with_its_run_whose_progress_is_readable_until_Completed()
    {
        using var app = new RiskApp();
        await app.SeedAlertAsync("progress-1@contoso.test", 50);
        await app.SeedAlertAsync("progress-2@contoso.test", 70);
        using var admin = app.As(RiskApp.Admin, Role.Admin);

        using var response = await admin.PostAsync("/api/admin/risk/recompute", null);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        using var again = await admin.PostAsync("/api/admin/risk/recompute", null);
        var queued = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/risk/runs/{runId}");
        await DeliverRunMessagesAsync(app);
        var done = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/risk/runs/{runId}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/admin/risk/runs/{runId}", response.Headers.Location?.OriginalString);
        Assert.Equal(runId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString());
        Assert.Equal(("Queued", 0), (queued.GetProperty("state").GetString(), queued.GetProperty("usersScored").GetInt32()));
        Assert.Equal(("Completed", 2, 2), (done.GetProperty("state").GetString(), done.GetProperty("usersScored").GetInt32(), done.GetProperty("usersTotal").GetInt32()));
    }

    [Fact]
    public async Task The_timer_starts_todays_run_and_a_second_firing_the_same_day_changes_nothing()
    {
        using var app = new RiskApp();
        await app.SeedAlertAsync("timer@contoso.test", 100);
        using var host = app.Factory.CreateClient();

        using var first = await host.PostAsync("/RecomputeRiskScores", Tests.Builders.Invocation("timer", new JsonObject { ["IsPastDue"] = false }));
        using var second = await host.PostAsync("/RecomputeRiskScores", Tests.Builders.Invocation("timer", new JsonObject { ["IsPastDue"] = false }));
        using var admin = app.As(RiskApp.Admin, Role.Admin);
        var run = await admin.GetFromJsonAsync<JsonElement>("/api/admin/risk/runs/daily-20260302");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(("Completed", "Timer", 1), (run.GetProperty("state").GetString(), run.GetProperty("trigger").GetString(), run.GetProperty("usersScored").GetInt32()));
        Assert.Equal(38, (await app.GetRiskAsync("timer@contoso.test")).GetProperty("score").GetInt32());
    }

    [Fact]
    public void The_risk_queue_functions_are_in_the_catalog_on_their_Storage_queues()
    {
        Assert.Contains(ApplyRiskFeedbackFunction.Definition, FunctionCatalog.All);
        Assert.Contains(ContinueRiskRunFunction.Definition, FunctionCatalog.All);
        Assert.Equal(new TriggerBinding.Queue("message", RiskTables.FeedbackQueue, "AzureWebJobsStorage"), ApplyRiskFeedbackFunction.Definition.Trigger);
        Assert.Equal(new TriggerBinding.Queue("message", RiskTables.RunsQueue, "AzureWebJobsStorage"), ContinueRiskRunFunction.Definition.Trigger);
    }

    [Fact]
    public async Task Malformed_queue_messages_are_refused_as_invalid_payloads()
    {
        using var app = new RiskApp();
        using var host = app.Factory.CreateClient();

        using var feedback = await host.PostAsync("/ApplyRiskFeedback", Tests.Builders.Invocation("message", JsonValue.Create("{\"user\":\"alex@contoso.test\"}")));
        using var run = await host.PostAsync("/ContinueRiskRun", Tests.Builders.Invocation("message", JsonValue.Create("{\"runId\":\"a/b\"}")));

        await ProblemAssert.IsProblemAsync(feedback, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(run, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_run_is_404()
    {
        using var app = new RiskApp();
        using var admin = app.As(RiskApp.Admin, Role.Admin);

        using var response = await admin.GetAsync("/api/admin/risk/runs/run-that-never-was");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "/api/admin/risk/recompute")]
    [InlineData("GET", "/api/admin/risk/runs/any-run")]
    public async Task Only_Admins_may_recompute_or_read_runs(string method, string path)
    {
        using var app = new RiskApp();
        using var anonymous = app.Factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Role.Analyst, Role.Investigator, Role.Auditor })
        {
            using var client = app.As("someone@contoso.test", role);
            await ProblemAssert.IsProblemAsync(await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.Forbidden);
        }
    }

    private static async Task DeliverRunMessagesAsync(RiskApp app)
    {
        var queues = app.Services.GetRequiredService<IQueueStore>();
        using var host = app.Factory.CreateClient();
        while ((await queues.ReceiveAsync(RiskTables.RunsQueue, 32, TimeSpan.FromMinutes(5))) is { Count: > 0 } messages)
        {
            foreach (var message in messages)
            {
                using var response = await host.PostAsync("/ContinueRiskRun", Tests.Builders.Invocation("message", JsonValue.Create(message.Text)));
                response.EnsureSuccessStatusCode();
                await queues.DeleteAsync(RiskTables.RunsQueue, message.MessageId, message.PopReceipt);
            }
        }
    }
}
