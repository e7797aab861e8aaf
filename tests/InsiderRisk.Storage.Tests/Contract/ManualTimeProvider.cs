namespace InsiderRisk.Storage.Tests.Contract;

/// <summary>A clock that moves only when a test moves it.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long utcTicks;

    public ManualTimeProvider(DateTimeOffset start)
    {
        utcTicks = start.UtcTicks;
    }

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref utcTicks, by.Ticks);
    }
}
