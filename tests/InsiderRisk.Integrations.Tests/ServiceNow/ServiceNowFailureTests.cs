using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.ServiceNow;

public sealed class ServiceNowFailureTests
{
    [Fact]
    public async Task A_429_is_retryable_no_sooner_than_retry_after()
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;
        fake.FailNext("GET", FakeServiceNow.Error(429, "Rate limit exceeded", "Too many requests", new Dictionary<string, string> { ["Retry-After"] = "12" }));

        var outcome = await Builders.Handler(Builders.Settings(fake), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        Assert.Equal(new EffectOutcome.Failed("ServiceNow answered 429: Rate limit exceeded: Too many requests", false, TimeSpan.FromSeconds(12)), outcome);
        Assert.Empty(fake.Incidents);
    }

    [Fact]
    public async Task A_503_is_retryable()
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;
        fake.FailNext("POST", new LoopbackResponse(503, null) { ContentType = "text/html" });

        var outcome = await Builders.Handler(Builders.Settings(fake), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Null(failed.RetryAfter);
    }

    [Theory]
    [InlineData(400, "Invalid insert", "Field 'category' is read only")]
    [InlineData(403, "Operation Failed", "ACL Exception Insert Failed due to security constraints")]
    public async Task A_4xx_that_cannot_succeed_is_permanent_with_servicenows_text(int status, string message, string detail)
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;
        fake.FailNext("POST", FakeServiceNow.Error(status, message, detail));

        var outcome = await Builders.Handler(Builders.Settings(fake), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        Assert.Equal(new EffectOutcome.Failed($"ServiceNow answered {status}: {message}: {detail}", true), outcome);
    }

    [Fact]
    public async Task A_wrong_password_is_permanent_and_no_secret_reaches_the_error_or_the_log()
    {
        var fake = new FakeServiceNow(password: "the-right-one");
        await using var server = fake.Server;
        var logs = new LogRecorder();

        var outcome = await Builders.Handler(Builders.Settings(fake), logs).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("User Not Authenticated", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Builders.Password, failed.Error + logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Basic ", failed.Error + logs.All, StringComparison.Ordinal);
        Assert.NotEmpty(logs.Lines);
    }

    [Fact]
    public async Task An_instance_that_does_not_answer_in_time_is_a_retryable_timeout()
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;
        fake.FailNext("GET", new LoopbackResponse(200, "{\"result\":[]}", Delay: TimeSpan.FromSeconds(5)));

        var outcome = await Builders.Handler(Builders.Settings(fake, timeout: TimeSpan.FromMilliseconds(300)), new LogRecorder())
            .ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Equal("ServiceNow did not answer in time", failed.Error);
    }
}
