namespace InsiderRisk.Bench.Tests;

/// <summary>
/// Tests that time passes by the process's CPU clock run one at a time: another test burning CPU in
/// the same process would advance that clock too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuTimedCollection
{
    public const string Name = "cpu-timed";
}
