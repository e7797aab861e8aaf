namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Reads the API's <c>{reason, notes?}</c>. A reason equal (ignoring case and surrounding spaces) to
/// <c>ExpectedActivity</c>, <c>NotImpactful</c> or <c>TooMuchActivity</c> is that standard reason;
/// any other text is the analyst's own reason.
/// </summary>
public static class DismissalParser
{
    public const int MaxFreeTextLength = 500;
    public const int MaxNotesLength = 10_000;

    private static readonly DismissReason[] Standard =
    [
        new DismissReason.ExpectedActivity(),
        new DismissReason.NotImpactful(),
        new DismissReason.TooMuchActivity(),
    ];

    public static Validation<Dismissal> Parse(string? reason, string? notes)
    {
        var errors = new FieldErrors();
        var parsedReason = Reason(errors, reason);
        var parsedNotes = TextRules.Optional(errors, "notes", notes, MaxNotesLength, multiline: true);
        return Validation<Dismissal>.From(errors, () => new Dismissal(parsedReason!, parsedNotes));
    }

    private static DismissReason? Reason(FieldErrors errors, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason",
                $"reason is required: give ExpectedActivity, NotImpactful, TooMuchActivity, or your own reason (up to {MaxFreeTextLength} characters).");
            return null;
        }

        var text = TextRules.Required(errors, "reason", reason, MaxFreeTextLength, multiline: true);
        if (text is null)
        {
            return null;
        }

        return Standard.FirstOrDefault(r => string.Equals(r.ApiValue, text, StringComparison.OrdinalIgnoreCase))
            ?? new DismissReason.FreeText(text);
    }
}
