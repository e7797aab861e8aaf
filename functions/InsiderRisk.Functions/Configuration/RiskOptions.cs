namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// <c>Risk__Schedule</c> (NCRONTAB, six fields), <c>Risk__WindowDays</c> and <c>Risk__Parallelism</c>
/// (users a recompute run scores at once) of the score recompute.
/// </summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    public string Schedule { get; set; } = "0 0 2 * * *";

    public int WindowDays { get; set; } = 90;

    /// <summary>Each user costs a dozen store round trips; overlapping them, not the CPU, is what this buys.</summary>
    public int Parallelism { get; set; } = 8;
}
