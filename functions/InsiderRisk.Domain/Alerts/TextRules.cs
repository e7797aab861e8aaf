namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Checks for text fields. Messages never echo the value: it may be a real identity.
/// Accepted text is trimmed of surrounding white space.
/// </summary>
public static class TextRules
{
    public static string? Required(FieldErrors errors, string field, string? value, int maxLength, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} must not be blank.");
            return null;
        }

        return Checked(errors, field, value.Trim(), maxLength, multiline);
    }

    /// <summary>Null or blank means "not given" and yields null without an error.</summary>
    public static string? Optional(FieldErrors errors, string field, string? value, int maxLength, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.IsNullOrWhiteSpace(value) ? null : Checked(errors, field, value.Trim(), maxLength, multiline);
    }

    public static bool HasForbiddenControl(string value, bool multiline) =>
        value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    private static string? Checked(FieldErrors errors, string field, string value, int maxLength, bool multiline)
    {
        var valid = true;
        if (value.Length > maxLength)
        {
            errors.Add(field, $"{field} must be at most {maxLength:N0} characters (got {value.Length:N0}).");
            valid = false;
        }

        if (HasForbiddenControl(value, multiline))
        {
            errors.Add(field, multiline
                ? $"{field} must not contain control characters other than line breaks and tabs."
                : $"{field} must not contain control characters.");
            valid = false;
        }

        return valid ? value : null;
    }
}
