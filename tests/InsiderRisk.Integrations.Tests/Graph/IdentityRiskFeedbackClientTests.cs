using InsiderRisk.Integrations.Graph;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class IdentityRiskFeedbackClientTests
{
    private const string UserObjectId = "29f270bb-4d23-4f68-8a57-dc73dc0d4caf";

    [Fact]
    public async Task Confirms_users_compromised_with_their_directory_ids()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.RiskFeedback().ConfirmCompromisedAsync([UserObjectId, UserObjectId.ToUpperInvariant()]);

        Assert.Equal(new RiskFeedbackOutcome.Sent(1), outcome);
        var (action, ids) = Assert.Single(harness.Fake.RiskFeedback);
        Assert.Equal("confirmCompromised", action);
        Assert.Equal([UserObjectId], ids);
    }

    [Fact]
    public async Task Dismisses_user_risk()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.RiskFeedback().DismissAsync([UserObjectId]);

        Assert.Equal(new RiskFeedbackOutcome.Sent(1), outcome);
        Assert.Equal("dismiss", Assert.Single(harness.Fake.RiskFeedback).Action);
    }

    [Fact]
    public async Task A_refusal_is_permanent_and_neither_the_error_nor_the_log_keeps_the_users_id()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/identityProtection/riskyUsers/dismiss", FakeGraph.Error(400, "BadRequest", $"User {UserObjectId} has no risk to dismiss."));

        var outcome = await harness.RiskFeedback().DismissAsync([UserObjectId]);

        var failed = Assert.IsType<RiskFeedbackOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("User [user] has no risk to dismiss.", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(UserObjectId, harness.Logs.All, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(harness.Logs.Lines);
    }

    [Fact]
    public async Task Throttling_is_retryable_after_graphs_delay()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("POST", "/identityProtection/riskyUsers/confirmCompromised", FakeGraph.Error(429, "TooManyRequests", "Slow down.", new Dictionary<string, string> { ["Retry-After"] = "30" }));

        var outcome = await harness.RiskFeedback().ConfirmCompromisedAsync([UserObjectId]);

        Assert.Equal(new RiskFeedbackOutcome.Failed("Graph (confirm compromised) answered 429: TooManyRequests: Slow down.", false, TimeSpan.FromSeconds(30)), outcome);
    }

    [Fact]
    public async Task No_user_ids_is_refused_without_a_call()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.RiskFeedback().ConfirmCompromisedAsync([" "]);

        Assert.True(Assert.IsType<RiskFeedbackOutcome.Failed>(outcome).Permanent);
        Assert.Empty(harness.Fake.Server.Requests);
    }
}
