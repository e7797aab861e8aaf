namespace InsiderRisk.Bench.Cli;

public enum BenchCommand
{
    /// <summary>Plain-harness scenarios: <c>all</c> or named ones.</summary>
    Run,

    /// <summary>BenchmarkDotNet micro-benchmarks (too slow for the quick budget, so never part of <c>all</c>).</summary>
    Micro,

    List,
    Help,
}
