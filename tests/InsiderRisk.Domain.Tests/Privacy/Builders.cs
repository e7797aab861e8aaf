using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Domain.Tests.Privacy;

internal static class Builders
{
    /// <summary>Bytes 0, 1, …, 31: a fixed key, so expected pseudonyms can be computed elsewhere.</summary>
    public static byte[] Key() => [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    public static byte[] OtherKey() => [.. Enumerable.Range(0, 32).Select(i => (byte)(255 - i))];

    public static Pseudonymizer KeyedPseudonymizer() => new(Key());

    public static UserIdentity Alex() => new(
        "alex.wilber@contoso.com",
        "Alex Wilber",
        "alex.wilber@contoso.com",
        "Finance",
        "Megan Bowen",
        "megan.bowen@contoso.com");
}
