using BenchmarkDotNet.Attributes;
using InsiderRisk.Bench.Cli;
using InsiderRisk.Bench.Scoring;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Micro;

/// <summary>
/// The scoring passes under BenchmarkDotNet; every operation is one alert, so the reported mean is
/// nanoseconds per alert and the ratio column compares with summing the same scores.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    public const int Users = 10_000;
    public const int Alerts = 100_000;

    private readonly RiskScoringSettings _settings = RiskScoringSettings.Default;
    private ScoringData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = ScoringDataGenerator.Generate(Users, Alerts, BenchOptions.DefaultSeed);

    [Benchmark(Baseline = true, OperationsPerInvoke = Alerts)]
    public long SumScores() => ScoringPasses.SumScores(_data);

    [Benchmark(OperationsPerInvoke = Alerts)]
    public long Compute() => ScoringPasses.Compute(_data);

    [Benchmark(OperationsPerInvoke = Alerts)]
    public long SumFactScores() => ScoringPasses.SumFactScores(_data);

    [Benchmark(OperationsPerInvoke = Alerts)]
    public long ComputeCounted() => ScoringPasses.ComputeCounted(_data, _settings);

    [Benchmark(OperationsPerInvoke = Alerts)]
    public long Assess() => ScoringPasses.Assess(_data, _settings);
}
