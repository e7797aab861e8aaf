using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Harness;

/// <summary>
/// One benchmark scenario. The runner calls <see cref="RunAsync"/> once per selected store and
/// scale, samples memory around it, and reports the figures it returns.
/// </summary>
public interface IScenario
{
    /// <summary>The RESULT line's <c>scenario</c> and the command-line name, e.g. <c>scoring</c>.</summary>
    string Name { get; }

    /// <summary>Every scenario name its figures are reported under (<see cref="Figure.Scenario"/>); naming any of them selects it.</summary>
    IReadOnlyList<string> Names => [Name];

    /// <summary>The scales <c>--quick</c> runs when <c>--scale</c> is not given; null for <see cref="Cli.BenchOptions.QuickScales"/>.</summary>
    IReadOnlyList<double>? QuickScales => null;

    /// <summary>One line for <c>list</c>: what is measured against what.</summary>
    string Description { get; }

    IReadOnlySet<StoreKind> Stores { get; }

    /// <summary>
    /// Builds the data for <see cref="ScenarioContext.Scale"/>, measures, and returns the figures;
    /// the data must be released when it returns (the next run's memory is measured from there).
    /// </summary>
    Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context);
}
