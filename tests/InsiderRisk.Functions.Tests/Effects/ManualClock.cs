namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>The app's clock in these tests: it moves only when a test moves it (the SQLite queue's visibility follows it too).</summary>
public sealed class ManualClock : TimeProvider
{
    private long utcTicks = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref utcTicks, by.Ticks);
    }
}
