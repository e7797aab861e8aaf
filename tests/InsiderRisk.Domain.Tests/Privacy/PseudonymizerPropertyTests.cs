using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Domain.Privacy;
using static InsiderRisk.Domain.Tests.Privacy.Builders;

namespace InsiderRisk.Domain.Tests.Privacy;

public sealed class PseudonymizerPropertyTests
{
    // Letters of both cases, digits, UPN punctuation, non-ASCII letters and spaces: what user ids hold.
    private static readonly Gen<string> AnyUserId =
        Gen.ArrayOf(Gen.Elements("abcxyzABCXYZ0189@._-éßÉİı名 ".ToCharArray()))
            .Select(chars => new string(chars))
            .Where(id => !string.IsNullOrWhiteSpace(id));

    // Case variants only where upper and lower case map back and forth (not so for ı, ß).
    private static readonly Gen<string> AsciiUserId =
        Gen.ArrayOf(Gen.Elements("abcxyzABCXYZ0189@._-".ToCharArray()))
            .Select(chars => new string(chars))
            .Where(id => id.Length > 0);

    [Fact]
    public void GivenAnyUserId_WhenPseudonymizing_ThenTheFormatAlwaysMatches()
    {
        var pseudonymizer = KeyedPseudonymizer();

        Check.QuickThrowOnFailure(Prop.ForAll(AnyUserId.ToArbitrary(), id =>
            PseudonymizerTests.PseudonymShape().IsMatch(pseudonymizer.Pseudonymize(id).Value)
            && Pseudonymizer.IsPseudonym(pseudonymizer.Pseudonymize(id).Value)));
    }

    [Fact]
    public void GivenDistinctUserIds_WhenPseudonymizing_ThenTheirPseudonymsAreDistinct()
    {
        var pseudonymizer = KeyedPseudonymizer();

        // 50 bits make a collision among a few hundred ids a ~10⁻¹⁰ event: any collision here is a bug.
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ArrayOf(AnyUserId).ToArbitrary(), ids =>
        {
            var distinctIds = ids.Select(id => id.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
            var distinctPseudonyms = ids.Select(id => pseudonymizer.Pseudonymize(id)).Distinct().Count();
            return distinctIds == distinctPseudonyms;
        }));
    }

    [Fact]
    public void GivenAnyUserId_WhenPseudonymizingAVariantInOtherCaseOrSpacing_ThenThePseudonymIsTheSame()
    {
        var pseudonymizer = KeyedPseudonymizer();

        Check.QuickThrowOnFailure(Prop.ForAll(AsciiUserId.ToArbitrary(), id =>
            pseudonymizer.Pseudonymize(id) == pseudonymizer.Pseudonymize(" " + id.ToUpperInvariant() + "\t")));
    }

    [Fact]
    public void GivenAnyUserId_WhenPseudonymizingUnderTwoKeys_ThenThePseudonymsDiffer()
    {
        var first = KeyedPseudonymizer();
        var second = new Pseudonymizer(OtherKey());

        Check.QuickThrowOnFailure(Prop.ForAll(AnyUserId.ToArbitrary(), id => first.Pseudonymize(id) != second.Pseudonymize(id)));
    }
}
