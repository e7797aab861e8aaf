using System.Security.Cryptography;

namespace InsiderRisk.Integrations.Email;

/// <summary>An ACS access key, usable only to sign. It has no way out: no property, and a ToString that hides it.</summary>
internal sealed class AcsAccessKey
{
    private readonly byte[] key;

    private AcsAccessKey(byte[] key) => this.key = key;

    /// <summary>Null when the text is not base64; the caller says so without quoting it.</summary>
    public static AcsAccessKey? FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0
            ? new AcsAccessKey(buffer[..written])
            : null;
    }

    public byte[] Sign(byte[] data) => HMACSHA256.HashData(key, data);

    public override string ToString() => "(access key, hidden)";
}
