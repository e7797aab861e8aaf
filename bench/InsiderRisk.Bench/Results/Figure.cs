namespace InsiderRisk.Bench.Results;

/// <summary>
/// One measured figure of a scenario run, with the baseline measured in the same run: absolute
/// times on shared machines are noise, the ratio is what compares run to run.
/// </summary>
/// <param name="Name">snake_case, e.g. <c>alerts_per_s</c>.</param>
/// <param name="Unit">For the readable table, e.g. <c>alerts/s</c>.</param>
public sealed record Figure(
    string Name,
    string Unit,
    double Value,
    double? Baseline = null,
    FigureTarget? Target = null,
    GrowthKind Growth = GrowthKind.None)
{
    /// <summary>
    /// The RESULT line's scenario when it is not the running scenario's <see cref="Harness.IScenario.Name"/>:
    /// one run may report for each of its <see cref="Harness.IScenario.Names"/> (recompute's full and incremental runs share their data).
    /// </summary>
    public string? Scenario { get; init; }

    public double? Ratio => Baseline is { } baseline && baseline != 0 ? Value / baseline : null;

    /// <summary>Null when the figure has no target.</summary>
    public bool? Met => Target?.IsMet(Value, Ratio);
}
