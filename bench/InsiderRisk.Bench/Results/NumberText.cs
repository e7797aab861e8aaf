using System.Globalization;

namespace InsiderRisk.Bench.Results;

/// <summary>Numbers for people: thousands separated, small values with a few decimals.</summary>
public static class NumberText
{
    public static string Format(double value) =>
        !double.IsFinite(value) ? value.ToString(CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } x ? Format(x) : "–";
}
