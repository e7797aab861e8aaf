namespace InsiderRisk.Functions.LocalRun;

/// <summary>A timer function's schedule status in the local run: when it last fired and when it fires next.</summary>
public sealed class LocalTimer(LocalTrigger.Timer trigger, DateTimeOffset now)
{
    /// <summary>Later than this after its time, a firing tells the function it is past due, as the host does after downtime.</summary>
    public static readonly TimeSpan PastDueAfter = TimeSpan.FromMinutes(1);

    public LocalTrigger.Timer Trigger { get; } = trigger;

    public DateTimeOffset? Last { get; private set; }

    public DateTimeOffset? Next { get; private set; } = trigger.Schedule.NextAfter(now);

    public bool IsDue(DateTimeOffset now) => Next is { } next && next <= now;

    public bool IsPastDue(DateTimeOffset now) => Next is { } next && now - next > PastDueAfter;

    public void Fired(DateTimeOffset now)
    {
        Last = now;
        Next = Trigger.Schedule.NextAfter(now);
    }
}
