namespace InsiderRisk.Bench.Results;

/// <summary>How a figure's cost follows the amount of data, for the growth report.</summary>
public enum GrowthKind
{
    /// <summary>Not compared across scales (a ratio of two runs, a count).</summary>
    None,

    /// <summary>Work per second over data that grows with the scale: cost = data ÷ value.</summary>
    Throughput,

    /// <summary>A time, latency or memory figure: cost = value.</summary>
    Cost,
}
