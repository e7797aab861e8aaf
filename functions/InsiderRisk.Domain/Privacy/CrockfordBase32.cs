namespace InsiderRisk.Domain.Privacy;

/// <summary>
/// Crockford's base32: digits and upper-case letters without I, L, O and U, so a pseudonym read aloud
/// or copied by hand is not mistaken for another.
/// </summary>
public static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The first <paramref name="length"/> × 5 bits of <paramref name="bytes"/>, most significant first.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length * 5, bytes.Length * 8, nameof(length));
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var value = 0;
            for (var bit = i * 5; bit < (i * 5) + 5; bit++)
            {
                value = (value << 1) | ((bytes[bit / 8] >> (7 - (bit % 8))) & 1);
            }

            chars[i] = Alphabet[value];
        }

        return new string(chars);
    }
}
