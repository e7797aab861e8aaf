using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Cli;

/// <param name="Scenarios">Names asked for; empty means every registered scenario (<c>all</c>).</param>
public sealed record BenchOptions(BenchCommand Command, IReadOnlyList<string> Scenarios, BenchSelection Selection)
{
    public static IReadOnlyList<double> DefaultScales { get; } = [0.1, 0.5, 1.0];

    /// <summary>What <c>--quick</c> runs without <c>--scale</c>: small enough that <c>all --quick</c> fits its 5 minutes, two scales for growth.</summary>
    public static IReadOnlyList<double> QuickScales { get; } = [0.01, 0.05];

    public const int DefaultSeed = 20260101;
}
