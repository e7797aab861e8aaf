namespace InsiderRisk.Domain.Alerts;

public static class ActivityValidator
{
    /// <summary>The activity, or null when any field is invalid (the problems are added to <paramref name="errors"/>).</summary>
    public static AlertActivity? Validate(AlertActivityInput? input, DateTimeOffset now, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            errors.AddHere("Each activity must be an object with type, time and riskScore.");
            return null;
        }

        var before = errors.Count;
        var type = TextRules.Required(errors, "type", input.Type, AlertLimits.MaxActivityTypeLength);
        var time = TimeRules.Required(errors, "time", input.Time, now);
        var score = ScoreRules.Required(errors, "riskScore", input.RiskScore);
        var detail = TextRules.Optional(errors, "detail", input.Detail, AlertLimits.MaxActivityDetailLength, multiline: true);
        return errors.Count == before ? new AlertActivity(type!, time!.Value, score!.Value, detail) : null;
    }
}
