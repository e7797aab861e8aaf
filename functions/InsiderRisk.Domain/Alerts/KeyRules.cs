namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Ids we use as storage keys (alertId, signInId): 1–128 of ASCII letters, digits and <c>-._:</c>.
/// That set is legal in every store we target (Azure Table keys forbid <c>/ \ # ?</c> and controls)
/// and needs no escaping in URLs or logs. Not trimmed: a key is taken exactly as sent.
/// </summary>
public static class KeyRules
{
    public static bool IsValidKey(string? value) =>
        value is { Length: > 0 and <= AlertLimits.MaxKeyLength } && value.All(IsKeyChar);

    public static string? Required(FieldErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        return Checked(errors, field, value);
    }

    public static string? Optional(FieldErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return value is null ? null : Checked(errors, field, value);
    }

    private static string? Checked(FieldErrors errors, string field, string value)
    {
        if (value.Length == 0)
        {
            errors.Add(field, $"{field} must not be empty.");
            return null;
        }

        var valid = true;
        if (value.Length > AlertLimits.MaxKeyLength)
        {
            errors.Add(field, $"{field} must be at most {AlertLimits.MaxKeyLength} characters (got {value.Length:N0}).");
            valid = false;
        }

        if (!value.All(IsKeyChar))
        {
            errors.Add(field, $"{field} may contain only ASCII letters, digits and the characters - . _ :");
            valid = false;
        }

        return valid ? value : null;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':';
}
