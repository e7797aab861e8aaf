using System.Globalization;

namespace InsiderRisk.Bench.Results;

/// <summary>The issue's pass mark for a figure, e.g. "value ≥ 5,000,000" or "ratio ≥ 0.7".</summary>
public sealed record FigureTarget(TargetSubject Subject, TargetComparison Comparison, double Threshold)
{
    public static FigureTarget ValueAtLeast(double threshold) => new(TargetSubject.Value, TargetComparison.AtLeast, threshold);

    public static FigureTarget ValueAtMost(double threshold) => new(TargetSubject.Value, TargetComparison.AtMost, threshold);

    public static FigureTarget RatioAtLeast(double threshold) => new(TargetSubject.Ratio, TargetComparison.AtLeast, threshold);

    public static FigureTarget RatioAtMost(double threshold) => new(TargetSubject.Ratio, TargetComparison.AtMost, threshold);

    /// <summary>False when the subject is missing (a ratio target on a figure without a baseline).</summary>
    public bool IsMet(double value, double? ratio)
    {
        double? subject = Subject == TargetSubject.Value ? value : ratio;
        return subject is { } x && double.IsFinite(x) && (Comparison == TargetComparison.AtLeast ? x >= Threshold : x <= Threshold);
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(Subject == TargetSubject.Value ? "value" : "ratio")} {(Comparison == TargetComparison.AtLeast ? "≥" : "≤")} {NumberText.Format(Threshold)}");
}
