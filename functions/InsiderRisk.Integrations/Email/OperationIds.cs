using System.Security.Cryptography;
using System.Text;
using InsiderRisk.Domain;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// ACS Email's idempotency key (the <c>Operation-Id</c> header) for an effect: a name-based UUID
/// (RFC 4122 version 5, SHA-1) over the effect id, so every attempt at one effect names the same
/// operation and ACS sends it once.
/// </summary>
public static class OperationIds
{
    /// <summary>Our namespace for effect ids. Never change it: pending effects would get new ids and send again.</summary>
    public static readonly Guid EffectNamespace = new("3c0e5f4a-9a57-4d8e-b1f2-6e2d8c7a4b10");

    public static Guid ForEffect(EffectId effectId) => NameBased(EffectNamespace, effectId.Value);

    public static Guid NameBased(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

#pragma warning disable CA5350 // RFC 4122 version 5 is defined on SHA-1; this is an identifier, not a security hash.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var uuid = hash.AsSpan(0, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
