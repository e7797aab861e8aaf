using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using InsiderRisk.Domain.Privacy;
using static InsiderRisk.Domain.Tests.Privacy.Builders;

namespace InsiderRisk.Domain.Tests.Privacy;

public sealed partial class PseudonymizerTests
{
    [Fact]
    public void GivenAFixedKey_WhenPseudonymizing_ThenTheResultMatchesAnIndependentComputation()
    {
        // HMAC-SHA256(key = 00..1f, "alex@contoso.com") starts f4b240152d238e8a; its first 50 bits in Crockford base32.
        Assert.Equal(new UserPseudonym("User-YJS4059D4E"), KeyedPseudonymizer().Pseudonymize("alex@contoso.com"));
    }

    [Theory]
    [InlineData("alex@contoso.com")]
    [InlineData("0a1b2c3d-4e5f-6789-abcd-ef0123456789")]
    [InlineData("Jürgen.Groß@contoso.de")]
    [InlineData("名前@contoso.jp")]
    public void GivenAnyId_WhenPseudonymizing_ThenTheFirst50BitsOfTheMacAreEncoded(string userId)
    {
        var mac = HMACSHA256.HashData(Key(), Encoding.UTF8.GetBytes(userId.Trim().ToLowerInvariant()));
        var bits = string.Concat(mac.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..50];
        var expected = "User-" + string.Concat(Enumerable.Range(0, 10).Select(i => "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));

        Assert.Equal(expected, KeyedPseudonymizer().Pseudonymize(userId).Value);
    }

    [Fact]
    public void GivenTheSameKeyInTwoInstances_WhenPseudonymizing_ThenThePseudonymIsStable()
    {
        Assert.Equal(new Pseudonymizer(Key()).Pseudonymize("alex@contoso.com"), new Pseudonymizer(Key()).Pseudonymize("alex@contoso.com"));
    }

    [Fact]
    public void GivenADifferentKey_WhenPseudonymizing_ThenThePseudonymDiffers()
    {
        Assert.NotEqual(new Pseudonymizer(Key()).Pseudonymize("alex@contoso.com"), new Pseudonymizer(OtherKey()).Pseudonymize("alex@contoso.com"));
    }

    [Theory]
    [InlineData("Alex@Contoso.com")]
    [InlineData("  alex@contoso.com\t")]
    [InlineData("ALEX@CONTOSO.COM")]
    public void GivenCaseOrSpaceVariants_WhenPseudonymizing_ThenTheyShareOnePseudonym(string variant)
    {
        Assert.Equal(KeyedPseudonymizer().Pseudonymize("alex@contoso.com"), KeyedPseudonymizer().Pseudonymize(variant));
    }

    [Fact]
    public void GivenAKeyBufferChangedAfterConstruction_WhenPseudonymizing_ThenPseudonymsDoNotChange()
    {
        var key = Key();
        var pseudonymizer = new Pseudonymizer(key);
        var before = pseudonymizer.Pseudonymize("alex@contoso.com");

        Array.Clear(key);

        Assert.Equal(before, pseudonymizer.Pseudonymize("alex@contoso.com"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    public void GivenAKeyShorterThan32Bytes_WhenConstructing_ThenItIsRejected(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[length]));

        Assert.Equal("key", error.ParamName);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void GivenAKeyOfAtLeast32Bytes_WhenConstructing_ThenItIsAccepted(int length)
    {
        Assert.True(Pseudonymizer.IsPseudonym(new Pseudonymizer(new byte[length]).Pseudonymize("a").Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenABlankId_WhenPseudonymizing_ThenItIsRejected(string userId)
    {
        Assert.Throws<ArgumentException>(() => KeyedPseudonymizer().Pseudonymize(userId));
    }

    [Fact]
    public void GivenAHundredThousandUsers_WhenPseudonymizing_ThenNoTwoCollide()
    {
        var pseudonymizer = KeyedPseudonymizer();

        var distinct = Enumerable.Range(0, 100_000)
            .Select(i => pseudonymizer.Pseudonymize($"user{i}@contoso.com").Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(100_000, distinct.Count);
    }

    [Theory]
    [InlineData("User-YJS4059D4E", true)]
    [InlineData("User-0000000000", true)]
    [InlineData("user-YJS4059D4E", false)]
    [InlineData("User-YJS4059D4", false)]
    [InlineData("User-YJS4059D4EE", false)]
    [InlineData("User-YJS4059DIE", false)]
    [InlineData("User-yjs4059d4e", false)]
    [InlineData("alex@contoso.com", false)]
    [InlineData(null, false)]
    public void GivenAString_WhenAskedIfItIsAPseudonym_ThenOnlyTheExactShapeCounts(string? value, bool expected)
    {
        Assert.Equal(expected, Pseudonymizer.IsPseudonym(value));
    }

    [GeneratedRegex("^User-[0-9A-HJKMNP-TV-Z]{10}$")]
    internal static partial Regex PseudonymShape();
}
