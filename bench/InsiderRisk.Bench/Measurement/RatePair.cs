namespace InsiderRisk.Bench.Measurement;

/// <summary>Items per second of a candidate and of its baseline, each the median over the same rounds.</summary>
public readonly record struct RatePair(double Candidate, double Baseline);
