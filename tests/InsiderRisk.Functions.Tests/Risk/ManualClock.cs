namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>A clock the test moves by hand, so scores, aging and leases are reproducible.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
