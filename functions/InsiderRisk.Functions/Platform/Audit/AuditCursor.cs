using System.Text;

namespace InsiderRisk.Functions.Platform.Audit;

/// <summary>Where an audit listing stopped: the day partition and the store's token inside it.</summary>
internal sealed record AuditCursor(string Day, string? Inner)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Day}|{Inner}"));

    /// <summary>Null for no token; a token that is not ours is refused as caller error.</summary>
    public static AuditCursor? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var split = text.IndexOf('|', StringComparison.Ordinal);
            if (split == 8 && text[..8].All(char.IsAsciiDigit))
            {
                var inner = text[(split + 1)..];
                return new AuditCursor(text[..8], inner.Length == 0 ? null : inner);
            }
        }
        catch (FormatException)
        {
        }

        throw new BadHttpRequestException("The continuation token is not one this listing gave out.");
    }
}
