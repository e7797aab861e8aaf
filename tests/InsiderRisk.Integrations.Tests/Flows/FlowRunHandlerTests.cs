using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.Flows;

public sealed class FlowRunHandlerTests
{
    [Fact]
    public async Task Posts_the_pseudonymized_case_context_with_the_effect_id_as_tracking_and_idempotency_key()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        var handler = Builders.Handler(Builders.Catalog(("NotifyHR", flow.TriggerUrl.AbsoluteUri)), new LogRecorder());

        var outcome = await handler.ExecuteAsync(Builders.Invocation());

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Equal(new EffectResult.FlowCompleted("HTTP 202: {\"status\":\"queued\",\"runId\":\"08585\"}"), succeeded.Result);
        var call = Assert.Single(flow.Server.Requests);
        Assert.Equal(("POST", "/workflows/8f0e6c1a/triggers/manual/paths/invoke"), (call.Method, call.Path));
        Assert.Equal(Builders.EffectId, call.Header("x-ms-client-tracking-id"));
        Assert.Equal(Builders.EffectId, call.Header("Idempotency-Key"));
        var body = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal(["caseId", "caseName", "user", "flowName", "effectId", "requestedAt"], body.Select(pair => pair.Key));
        Assert.Equal((Builders.CaseId, Builders.Pseudonym, "NotifyHR", Builders.EffectId), ((string?)body["caseId"], (string?)body["user"], (string?)body["flowName"], (string?)body["effectId"]));
        Assert.DoesNotContain("megan", call.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Flow_names_match_case_insensitively_as_app_settings_do()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        flow.AnswerNext(new LoopbackResponse(200, "{\"ok\":true}"));

        var outcome = await Builders.Handler(Builders.Catalog(("NotifyHR", flow.TriggerUrl.AbsoluteUri)), new LogRecorder()).ExecuteAsync(Builders.Invocation("notifyhr"));

        Assert.Equal(new EffectResult.FlowCompleted("HTTP 200: {\"ok\":true}"), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
    }

    [Fact]
    public async Task A_long_answer_is_kept_to_a_short_excerpt()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        flow.AnswerNext(new LoopbackResponse(200, "{\"log\":\"" + new string('x', 2000) + "\"}"));

        var outcome = await Builders.Handler(Builders.Catalog(("NotifyHR", flow.TriggerUrl.AbsoluteUri)), new LogRecorder()).ExecuteAsync(Builders.Invocation());

        var result = Assert.IsType<EffectResult.FlowCompleted>(Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.Equal(500, result.Outcome.Length);
        Assert.StartsWith("HTTP 200: {\"log\":\"xxx", result.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trigger_urls_signature_never_reaches_the_outcome_or_the_logs_even_when_the_flow_echoes_it()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        var logs = new LogRecorder();
        var handler = Builders.Handler(Builders.Catalog(("NotifyHR", flow.TriggerUrl.AbsoluteUri)), logs, timeout: TimeSpan.FromMilliseconds(300));
        flow.AnswerNext(new LoopbackResponse(200, $"{{\"called\":\"{flow.TriggerUrl.AbsoluteUri}\"}}"));
        flow.AnswerNext(new LoopbackResponse(400, $"{{\"error\":\"bad sig={FakeFlow.Signature}\"}}"));
        flow.AnswerNext(new LoopbackResponse(200, "{}", Delay: TimeSpan.FromSeconds(5)));
        flow.AnswerNext(LoopbackResponse.Lost);

        var outcomes = new List<EffectOutcome>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            outcomes.Add(await handler.ExecuteAsync(Builders.Invocation(attempt: attempt)));
        }

        Assert.Contains("[flow url]", outcomes[0].ToString(), StringComparison.Ordinal);
        Assert.True(Assert.IsType<EffectOutcome.Failed>(outcomes[1]).Permanent);
        Assert.False(Assert.IsType<EffectOutcome.Failed>(outcomes[2]).Permanent);
        Assert.False(Assert.IsType<EffectOutcome.Failed>(outcomes[3]).Permanent);
        var everything = string.Join('\n', outcomes) + logs.All;
        Assert.DoesNotContain(FakeFlow.Signature, everything, StringComparison.Ordinal);
        Assert.Contains("bad sig=[redacted]", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("/workflows/", everything, StringComparison.Ordinal);
        Assert.Contains("NotifyHR", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_is_retryable_after_the_flows_delay_and_server_errors_are_retryable()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        var handler = Builders.Handler(Builders.Catalog(("NotifyHR", flow.TriggerUrl.AbsoluteUri)), new LogRecorder());
        flow.AnswerNext(new LoopbackResponse(429, "{\"error\":{\"code\":\"WorkflowTriggerIsThrottled\"}}", new Dictionary<string, string> { ["Retry-After"] = "20" }));
        flow.AnswerNext(new LoopbackResponse(503, null));

        var throttled = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Builders.Invocation(attempt: 1)));
        var unavailable = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Builders.Invocation(attempt: 2)));

        Assert.Equal((false, TimeSpan.FromSeconds(20)), (throttled.Permanent, throttled.RetryAfter));
        Assert.Contains("WorkflowTriggerIsThrottled", throttled.Error, StringComparison.Ordinal);
        Assert.False(unavailable.Permanent);
    }

    [Fact]
    public async Task A_refused_call_is_permanent_with_the_flows_text()
    {
        var flow = new FakeFlow();
        await using var server = flow.Server;
        var wrongSignature = flow.TriggerUrl.AbsoluteUri.Replace(FakeFlow.Signature, "stale", StringComparison.Ordinal);

        var outcome = await Builders.Handler(Builders.Catalog(("NotifyHR", wrongSignature)), new LogRecorder()).ExecuteAsync(Builders.Invocation());

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("flow 'NotifyHR' answered 401", failed.Error, StringComparison.Ordinal);
        Assert.Contains("DirectApiAuthorizationRequired", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flow_that_is_no_longer_configured_fails_for_good_without_a_call()
    {
        var outcome = await Builders.Handler(Builders.Catalog(("Other", "https://example.invalid/x?sig=1")), new LogRecorder()).ExecuteAsync(Builders.Invocation("NotifyHR"));

        Assert.Equal(new EffectOutcome.Failed("no flow named 'NotifyHR' is configured (Flows__NotifyHR__Url)", true), outcome);
    }

    [Fact]
    public async Task A_flow_set_to_local_is_recorded_by_the_sink_instead_of_called()
    {
        var sinks = Builders.Sinks();
        var catalog = Builders.Catalog(("NotifyHR", "local"), ("Real", "https://example.invalid/x?sig=1"));

        var outcome = await Builders.Handler(catalog, new LogRecorder(), sinks).ExecuteAsync(Builders.Invocation());

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.StartsWith("local sink:", succeeded.Detail, StringComparison.Ordinal);
        var record = Assert.Single(await sinks.ListAsync(new Domain.CaseId(Builders.CaseId)));
        Assert.Equal(EffectKind.RunFlow, record.Kind);
        Assert.Contains(Builders.Pseudonym, record.Request, StringComparison.Ordinal);
    }
}
