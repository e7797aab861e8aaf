using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Functions.Manifest;
using InsiderRisk.Functions.Tests.Effects;

namespace InsiderRisk.Functions.Tests.CaseEvents;

public sealed class PublishedEventsRouteTests
{
    [Fact]
    public async Task Pages_walk_every_event_once_in_order()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        await api.DeliverPublishingAsync();

        var all = await api.PublishedAsync(caseId);
        var paged = await api.PublishedAsync(caseId, pageSize: 1);

        Assert.True(all.Count >= 2);
        Assert.Equal(all.Select(e => e.GetProperty("sequence").GetInt64()), paged.Select(e => e.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task Reading_needs_a_role_that_views_cases_and_unknown_cases_are_404_only_after_that()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        using var anonymous = api.Factory.Anonymous();
        using var auditor = api.Factory.ClientAs("aud@contoso.test", Role.Auditor);
        using var nobody = api.Factory.ClientAs("nobody@contoso.test");
        using var analyst = api.Analyst();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/cases/{caseId}/published-events", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(new Uri($"/api/cases/{caseId}/published-events", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync(new Uri("/api/cases/no-such-case/published-events", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri("/api/cases/no-such-case/published-events", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Investigator().GetAsync(new Uri($"/api/cases/{caseId}/published-events", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("continuationToken=not-ours", "continuationToken")]
    [InlineData("continuationToken=cDF8YWJj", "continuationToken")]
    public async Task Bad_paging_is_a_400_naming_the_field(string query, string field)
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        using var analyst = api.Analyst();

        var problem = await analyst.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/cases/{caseId}/published-events?{query}", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Under_the_Functions_host_the_invocation_returns_the_mapped_bodies_as_the_topic_output_and_the_local_sink_stays_empty()
    {
        using var api = new EffectsApi(settings: new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7999" });
        var caseId = await api.OpenCaseAsync();
        var history = await api.Analyst().GetJsonAsync($"/api/cases/{caseId}/history");
        var message = JsonSerializer.Serialize(new { caseId, fromSequence = 1, toSequence = history.GetArrayLength() }, JsonSerializerOptions.Web);
        using var host = api.Factory.Anonymous();

        var answer = await host.SendJsonAsync(
            EffectBuilders.Post("/PublishCaseEvents", new { Data = new { message }, Metadata = new { DequeueCount = 1, Id = "m-1" } }),
            HttpStatusCode.OK);

        var bodies = answer.GetProperty("Outputs").GetProperty(PublishCaseEventsFunction.OutputName).EnumerateArray().ToList();
        Assert.Equal(history.GetArrayLength(), bodies.Count);
        Assert.Equal(Enumerable.Range(1, bodies.Count).Select(i => $"{caseId}:{i}"), bodies.Select(b => b.GetProperty("id").GetString()));
        Assert.All(bodies, b => Assert.Equal("insiderrisk.case-event.v1", b.GetProperty("schema").GetString()));
        var opened = bodies.Single(b => b.GetProperty("type").GetString() == "CaseOpened");
        Assert.True(Pseudonymizer.IsPseudonym(opened.GetProperty("data").GetProperty("user").GetString()));
        Assert.DoesNotContain(EffectBuilders.InvestigatedUser, answer.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await api.PublishedAsync(caseId));
    }

    [Fact]
    public async Task An_invocation_for_events_the_case_does_not_hold_is_refused_as_a_bad_payload()
    {
        using var api = new EffectsApi(settings: new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7999" });
        var caseId = await api.OpenCaseAsync();
        using var host = api.Factory.Anonymous();
        var message = JsonSerializer.Serialize(new { caseId, fromSequence = 1, toSequence = 999 }, JsonSerializerOptions.Web);

        var problem = await host.SendJsonAsync(EffectBuilders.Post("/PublishCaseEvents", new { Data = new { message }, Metadata = new { DequeueCount = 1 } }), HttpStatusCode.BadRequest);

        Assert.Contains("does not hold events 1-999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_json_declares_the_queue_trigger_and_the_service_bus_topic_output()
    {
        var json = FunctionJson.From(PublishCaseEventsFunction.Definition);

        var bindings = json["bindings"]!.AsArray();
        Assert.Equal(2, bindings.Count);
        Assert.Equal(
            """{"type":"queueTrigger","direction":"in","name":"message","queueName":"case-event-publish","connection":"AzureWebJobsStorage"}""",
            bindings[0]!.ToJsonString());
        Assert.Equal(
            """{"type":"serviceBus","direction":"out","name":"caseEvents","topicName":"case-events","connection":"ServiceBusConnection"}""",
            bindings[1]!.ToJsonString());
        Assert.Equal("ServiceBusConnection", ((TriggerBinding.ServiceBus)IngestAlertsFunction.Definition.Trigger).Connection);
    }
}
