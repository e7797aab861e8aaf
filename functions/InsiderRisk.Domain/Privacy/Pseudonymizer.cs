using System.Security.Cryptography;
using System.Text;

namespace InsiderRisk.Domain.Privacy;

/// <summary>
/// Turns a real user id into a stable pseudonym, <c>User-</c> + 10 Crockford base32 characters, with
/// HMAC-SHA256 under a secret key: without the key, a pseudonym can be neither reversed nor guessed by
/// hashing candidate UPNs. 10 characters keep 50 bits of the MAC; among 100,000 users the chance that any
/// two share a pseudonym is about n²/2⁵¹ ≈ 4·10⁻⁶, and about 0.04 % at a million.
/// </summary>
public sealed class Pseudonymizer
{
    public const int MinKeyBytes = 32;
    public const string Prefix = "User-";
    public const int CodeLength = 10;

    private readonly byte[] _key;

    public Pseudonymizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException(
                $"The pseudonymization key must be at least {MinKeyBytes} bytes (256 bits); got {key.Length}.", nameof(key));
        }

        // A copy, so a caller clearing or reusing its buffer cannot change every pseudonym afterwards.
        _key = (byte[])key.Clone();
    }

    public UserPseudonym Pseudonymize(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(UserIds.Normalize(userId)));
        return new UserPseudonym(Prefix + CrockfordBase32.Encode(mac, CodeLength));
    }

    /// <summary>Whether a string has a pseudonym's shape (for telling a route's pseudonym from a raw id).</summary>
    public static bool IsPseudonym(string? value) =>
        value is not null
        && value.Length == Prefix.Length + CodeLength
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).IndexOfAnyExcept(CrockfordBase32.Alphabet) < 0;
}
