namespace InsiderRisk.Functions.Configuration;

/// <summary><c>Sweeper__Schedule</c> (NCRONTAB, six fields): the outbox sweeper and case timers.</summary>
public sealed class SweeperOptions
{
    public const string Section = "Sweeper";

    public string Schedule { get; set; } = "0 */5 * * * *";
}
