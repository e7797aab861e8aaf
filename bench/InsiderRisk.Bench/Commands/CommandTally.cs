namespace InsiderRisk.Bench.Commands;

/// <summary>What one drive of the mix did: commands run, accepted (with events), refused by the decider, refused busy.</summary>
public sealed record CommandTally(int Commands, int Accepted, int Refused, int Busy, TimeSpan Elapsed)
{
    public double PerSecond => Commands / Elapsed.TotalSeconds;

    public CommandTally Plus(CommandTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CommandTally(Commands + other.Commands, Accepted + other.Accepted, Refused + other.Refused, Busy + other.Busy, Elapsed + other.Elapsed);
    }
}
