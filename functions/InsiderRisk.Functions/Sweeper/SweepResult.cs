namespace InsiderRisk.Functions.Sweeper;

/// <summary>What one sweep did.</summary>
public sealed record SweepResult(int Resent = 0, int Cleared = 0, int ReadModelsRebuilt = 0, int Republished = 0)
{
    public static SweepResult operator +(SweepResult left, SweepResult right) => Add(left, right);

    public static SweepResult Add(SweepResult left, SweepResult right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Resent + right.Resent, left.Cleared + right.Cleared, left.ReadModelsRebuilt + right.ReadModelsRebuilt, left.Republished + right.Republished);
    }
}
