using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class FieldErrorsTests
{
    [Theory]
    [InlineData("", "alertId", "alertId")]
    [InlineData("[2]", "userId", "[2].userId")]
    [InlineData("[2]", "activities[3]", "[2].activities[3]")]
    [InlineData("activities", "[3]", "activities[3]")]
    [InlineData("", "[0]", "[0]")]
    public void GivenAPrefix_WhenJoiningASegment_ThenTheKeyReadsLikeAJsonPath(string prefix, string segment, string expected)
    {
        Assert.Equal(expected, FieldPath.Join(prefix, segment));
    }

    [Fact]
    public void GivenNestedViews_WhenAdding_ThenKeysCarryEveryPrefixAndCountsAreShared()
    {
        var errors = new FieldErrors();
        var item = errors.Under("[1]").Under("contentItems[0]");

        item.Add("kind", "kind is required.");
        item.AddHere("whole item");
        errors.AddHere("whole body");

        Assert.Equal(3, errors.Count);
        Assert.Equal(["$", "[1].contentItems[0]", "[1].contentItems[0].kind"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivenTwoMessagesForOneField_WhenListed_ThenBothAreKeptInOrder()
    {
        var errors = new FieldErrors();
        errors.Add("reason", "first");
        errors.Add("reason", "second");

        Assert.Equal(["first", "second"], errors.ToDictionary()["reason"]);
    }
}
