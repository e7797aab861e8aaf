namespace InsiderRisk.Integrations.Tests.Sinks;

/// <summary>A clock stopped at one instant, so recorded times can be compared exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
