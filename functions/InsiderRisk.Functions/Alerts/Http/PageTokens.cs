using System.Buffers.Text;
using System.Text;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Http;

/// <summary>
/// Opaque continuation tokens: the position to resume after, base64url-encoded with a version tag.
/// A token this API did not issue is a field error, never a 500.
/// </summary>
public static class PageTokens
{
    public const string Field = "continuationToken";
    private const string Tag = "p1|";

    public static string? Encode(string? after) =>
        after is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Tag + after));

    public static string? Decode(string? token, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith(Tag, StringComparison.Ordinal) && text.Length > Tag.Length
                && InsiderRisk.Storage.Tables.PropertyValues.IsValidKey(text[Tag.Length..]))
            {
                return text[Tag.Length..];
            }
        }
        catch (FormatException)
        {
            // Reported below like any other token we did not issue.
        }

        errors.Add(Field, "continuationToken is not a token this API returned; start again without it.");
        return null;
    }
}
