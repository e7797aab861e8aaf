using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Domain.Tests.Privacy;

public sealed class CrockfordBase32Tests
{
    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0 }, 10, "0000000000")]
    [InlineData(new byte[] { 255, 255, 255, 255, 255, 255, 255 }, 10, "ZZZZZZZZZZ")]
    [InlineData(new byte[] { 0b0000_1000, 0 }, 2, "10")]
    [InlineData(new byte[] { 0b1000_0010, 0b0010_0000 }, 3, "G8G")]
    [InlineData(new byte[] { 0xf4, 0xb2, 0x40, 0x15, 0x2d, 0x23, 0x8e }, 10, "YJS4059D4E")]
    public void GivenBytes_WhenEncoding_ThenEachCharacterTakesTheNextFiveBits(byte[] bytes, int length, string expected)
    {
        Assert.Equal(expected, CrockfordBase32.Encode(bytes, length));
    }

    [Fact]
    public void GivenTooFewBytes_WhenEncoding_ThenItIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CrockfordBase32.Encode(new byte[6], 10));
    }

    [Fact]
    public void GivenTheAlphabet_ThenItHas32DistinctSymbolsWithoutILOU()
    {
        Assert.Equal(32, CrockfordBase32.Alphabet.Distinct().Count());
        Assert.DoesNotContain(CrockfordBase32.Alphabet, c => c is 'I' or 'L' or 'O' or 'U');
    }
}
