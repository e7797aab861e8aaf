namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// How one POST of a batch ended: items accepted, items to send again (rejected as transient in a
/// 206), and items lost for good with why (a final status, or retries spent on 429/503/timeouts).
/// </summary>
internal sealed record TrackResult(int Accepted, IReadOnlyList<TelemetryItem> Resend, int Lost, string? Why)
{
    public static TrackResult AllLost(int count, string why) => new(0, [], count, why);
}
