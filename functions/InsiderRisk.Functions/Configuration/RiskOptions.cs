namespace InsiderRisk.Functions.Configuration;

/// <summary><c>Risk__Schedule</c> (NCRONTAB, six fields) and <c>Risk__WindowDays</c> of the score recompute.</summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    public string Schedule { get; set; } = "0 0 2 * * *";

    public int WindowDays { get; set; } = 90;
}
