using System.Globalization;

namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Risk scores arrive as any JSON number; only whole numbers 0–100 are scores.
/// Taking a double lets us say "12.5 is not a whole number" instead of failing deserialization.
/// </summary>
public static class ScoreRules
{
    public static int? Required(FieldErrors errors, string field, double? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is not { } score)
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (!double.IsFinite(score) || score != Math.Floor(score)
            || score < AlertLimits.MinRiskScore || score > AlertLimits.MaxRiskScore)
        {
            var shown = double.IsFinite(score) ? score.ToString("R", CultureInfo.InvariantCulture) : "a non-finite number";
            errors.Add(field,
                $"{field} must be a whole number from {AlertLimits.MinRiskScore} to {AlertLimits.MaxRiskScore} (got {shown}).");
            return null;
        }

        return (int)score;
    }
}
