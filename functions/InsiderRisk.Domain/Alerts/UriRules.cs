namespace InsiderRisk.Domain.Alerts;

/// <summary>Content locations are links an analyst may open, so only absolute http(s) URIs pass.</summary>
public static class UriRules
{
    public static Uri? Optional(FieldErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > AlertLimits.MaxLocationLength)
        {
            errors.Add(field, $"{field} must be at most {AlertLimits.MaxLocationLength:N0} characters (got {text.Length:N0}).");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(field, $"{field} must be an absolute http or https URI.");
            return null;
        }

        return uri;
    }
}
