using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>Where a case queue page stopped: the segment (status partition) and the last RowKey read in it.</summary>
public sealed record CaseIndexToken(int Segment, string After)
{
    public string Encode() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Segment}:{After}")));

    /// <summary>Null when the text is not a token this API handed out.</summary>
    public static CaseIndexToken? TryDecode(string text)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0
                && int.TryParse(decoded.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var segment)
                && segment is >= 0 and < 8
                && colon < decoded.Length - 1
                ? new CaseIndexToken(segment, decoded[(colon + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
