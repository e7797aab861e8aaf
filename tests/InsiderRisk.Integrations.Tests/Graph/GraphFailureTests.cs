using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class GraphFailureTests
{
    [Fact]
    public async Task A_429_is_retryable_no_sooner_than_graphs_retry_after()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/teams", FakeGraph.Error(429, "TooManyRequests", "Too many requests.", new Dictionary<string, string> { ["Retry-After"] = "17" }));

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Equal(TimeSpan.FromSeconds(17), failed.RetryAfter);
        Assert.Equal(1, harness.Fake.Server.Count("POST", "/v1.0/teams"));
    }

    [Fact]
    public async Task A_503_is_retryable_and_honours_a_retry_after_date()
    {
        await using var harness = new GraphHarness();
        var at = DateTimeOffset.UtcNow.AddMinutes(2).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        harness.Fake.FailNext("GET", "/groups", FakeGraph.Error(503, "ServiceUnavailable", "Try later.", new Dictionary<string, string> { ["Retry-After"] = at }));

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.InRange(failed.RetryAfter!.Value, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(121));
        Assert.Contains("503", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_page_instead_of_json_is_still_read_by_its_status()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/teams", new LoopbackResponse(502, "<html><body>Bad Gateway</body></html>") { ContentType = "text/html" });

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        Assert.Equal(new EffectOutcome.Failed("Graph (create team) answered 502: Http502: <html><body>Bad Gateway</body></html>", false), outcome);
    }

    [Fact]
    public async Task An_empty_503_keeps_its_retry_after_and_an_empty_400_is_still_permanent()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/teams", new LoopbackResponse(503, null, new Dictionary<string, string> { ["Retry-After"] = "9" }));
        harness.Fake.FailNext("POST", "/teams", new LoopbackResponse(400, null));
        var handler = harness.TeamCreation();

        var unavailable = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 1)));
        var refused = Assert.IsType<EffectOutcome.Failed>(await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 2)));

        Assert.Equal((false, TimeSpan.FromSeconds(9)), (unavailable.Permanent, unavailable.RetryAfter));
        Assert.True(refused.Permanent);
        Assert.Contains("400", refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "BadRequest", "Invalid bind property name user in request.")]
    [InlineData(403, "Forbidden", "Missing role permissions on the request. API requires one of 'Team.Create'.")]
    public async Task A_4xx_that_cannot_succeed_is_permanent_with_graphs_error_text(int status, string code, string message)
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/teams", FakeGraph.Error(status, code, message));

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Null(failed.RetryAfter);
        Assert.Contains($"{status}: {code}: {message}", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graph_that_does_not_answer_in_time_is_a_retryable_timeout()
    {
        await using var harness = new GraphHarness(timeout: TimeSpan.FromMilliseconds(300));
        harness.Fake.FailNext("GET", "/groups", new LoopbackResponse(200, "{\"value\":[]}", Delay: TimeSpan.FromSeconds(5)));

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Contains("did not answer in time", failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, harness.Fake.Server.Count("POST", "/v1.0/teams"));
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_turned_into_an_outcome()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("GET", "/groups", new LoopbackResponse(200, "{\"value\":[]}", Delay: TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()), cancel.Token));
    }

    [Fact]
    public async Task A_connection_dropped_without_an_answer_is_retryable()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/teams", LoopbackResponse.Lost);

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Contains("could not be reached", failed.Error, StringComparison.Ordinal);
    }
}
