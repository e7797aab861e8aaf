using InsiderRisk.Functions.Effects;

namespace InsiderRisk.Functions.Tests.Effects;

public sealed class EffectRetryPolicyTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(5, 160)]
    [InlineData(6, 300)]
    [InlineData(40, 300)]
    public void Given_a_failed_attempt_When_scheduling_the_retry_Then_the_wait_doubles_up_to_the_cap(int attempt, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), EffectRetryPolicy.Default.DelayAfter(attempt));
    }

    [Fact]
    public void Given_a_longer_Retry_After_When_scheduling_Then_the_service_wins()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), EffectRetryPolicy.Default.DelayAfter(1, TimeSpan.FromMinutes(2)));
        Assert.Equal(TimeSpan.FromSeconds(40), EffectRetryPolicy.Default.DelayAfter(3, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Only_the_sixth_attempt_is_the_last()
    {
        Assert.False(EffectRetryPolicy.Default.IsLast(5));
        Assert.True(EffectRetryPolicy.Default.IsLast(6));
    }
}
