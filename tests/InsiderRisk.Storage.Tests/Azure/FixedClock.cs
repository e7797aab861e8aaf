namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>A clock stopped at one instant, so signatures are reproducible.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
