using System.Net.Mail;

namespace InsiderRisk.Integrations.Email;

/// <summary>What we accept as an email address: a bare <c>local@domain.tld</c>, no display name, no angle brackets.</summary>
public static class EmailAddresses
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxLength = 254;

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > MaxLength || address.Trim().Length != address.Length)
        {
            return false;
        }

        return MailAddress.TryCreate(address, out var parsed)
            && string.Equals(parsed.Address, address, StringComparison.Ordinal)
            && parsed.DisplayName.Length == 0
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            && !parsed.Host.StartsWith('.')
            && !parsed.Host.EndsWith('.');
    }
}
