using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class AlertValidatorTests
{
    [Fact]
    public void GivenACompleteAlert_WhenValidated_ThenEveryFieldIsCarriedOver()
    {
        var alert = ValueOf(AlertValidator.Validate(Alert(), Now));

        Assert.Equal(new AlertId("alert-0001"), alert.AlertId);
        Assert.Equal("alex.wilber@contoso.com", alert.UserId);
        Assert.Equal("Data theft by departing users", alert.Policy);
        Assert.Equal(75, alert.RiskScore);
        Assert.Equal(Severity.High, alert.Severity);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 11, 0, 0, TimeSpan.Zero), alert.DetectedAt);
        Assert.Equal("Unusual volume of file downloads", alert.Title);
        Assert.Equal(new SignInId("signin-42"), alert.SignInId);
        var activity = Assert.Single(alert.Activities);
        Assert.Equal(new AlertActivity("FileDownloaded", new DateTimeOffset(2025, 6, 1, 10, 30, 0, TimeSpan.Zero), 60,
            "Downloaded 120 files from the Finance site"), activity);
        var content = Assert.Single(alert.ContentItems);
        Assert.Equal(new ContentItem("doc-77", ContentKind.File, "Q3 forecast.xlsx", "SharePoint",
            new Uri("https://contoso.sharepoint.com/sites/finance/Q3%20forecast.xlsx"), "Confidential"), content);
    }

    [Fact]
    public void GivenOnlyRequiredFields_WhenValidated_ThenOptionalOnesAreEmpty()
    {
        var input = Alert() with { Activities = null, ContentItems = null, SignInId = null, Severity = null };

        var alert = ValueOf(AlertValidator.Validate(input, Now));

        Assert.Empty(alert.Activities);
        Assert.Empty(alert.ContentItems);
        Assert.Null(alert.SignInId);
    }

    [Fact]
    public void GivenTextWithSurroundingSpaces_WhenValidated_ThenItIsTrimmed()
    {
        var input = Alert() with { UserId = "  alex@contoso.com ", Policy = " Leaks ", Title = "\tBig download\n" };

        var alert = ValueOf(AlertValidator.Validate(input, Now));

        Assert.Equal(("alex@contoso.com", "Leaks", "Big download"), (alert.UserId, alert.Policy, alert.Title));
    }

    [Fact]
    public void GivenATimeWithAnOffset_WhenValidated_ThenItIsKeptInUtc()
    {
        var alert = ValueOf(AlertValidator.Validate(Alert() with { DetectedAt = "2025-06-01T13:30:00.125+02:00" }, Now));

        Assert.Equal(new DateTimeOffset(2025, 6, 1, 11, 30, 0, 125, TimeSpan.Zero), alert.DetectedAt);
        Assert.Equal(TimeSpan.Zero, alert.DetectedAt.Offset);
    }

    [Fact]
    public void GivenNoAlertObject_WhenValidated_ThenTheBodyIsReported()
    {
        var errors = ErrorsOf(AlertValidator.Validate(null, Now));

        Assert.Equal([FieldPath.Root], errors.Keys);
    }

    [Fact]
    public void GivenAnEmptyObject_WhenValidated_ThenEveryRequiredFieldIsReportedAtOnce()
    {
        var errors = ErrorsOf(AlertValidator.Validate(new AlertInput(), Now));

        Assert.Equal(
            ["alertId", "detectedAt", "policy", "riskScore", "title", "userId"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.EndsWith("is required.", Assert.Single(messages)));
    }

    [Fact]
    public void GivenAnInvalidUserId_WhenValidated_ThenTheMessageDoesNotEchoTheIdentity()
    {
        var userId = "alex.wilber@contoso.com" + new string('x', 300);

        var errors = ErrorsOf(AlertValidator.Validate(Alert() with { UserId = userId }, Now));

        var message = Assert.Single(errors["userId"]);
        Assert.DoesNotContain("alex", message, StringComparison.Ordinal);
        Assert.Equal("userId must be at most 256 characters (got 323).", message);
    }

    [Fact]
    public void GivenAFutureDetection_WhenValidated_ThenTheMessageExplainsTheAllowedSkew()
    {
        var errors = ErrorsOf(AlertValidator.Validate(Alert() with { DetectedAt = "2025-06-01T12:06:00Z" }, Now));

        Assert.Equal(
            "detectedAt is in the future: it may be at most 5 minutes ahead of the server's clock.",
            Assert.Single(errors["detectedAt"]));
    }

    [Fact]
    public void GivenTooManyActivities_WhenValidated_ThenOneMessageNamesTheLimit()
    {
        var errors = ErrorsOf(AlertValidator.Validate(WithActivities(1_001), Now));

        Assert.Equal("activities may hold at most 1,000 entries (got 1,001).", Assert.Single(Assert.Single(errors).Value));
    }

    [Fact]
    public void GivenTheMostActivitiesAndContentItemsAllowed_WhenValidated_ThenTheyAreAccepted()
    {
        var input = WithActivities(1_000) with { ContentItems = WithContentItems(1_000).ContentItems };

        var alert = ValueOf(AlertValidator.Validate(input, Now));

        Assert.Equal((1_000, 1_000), (alert.Activities.Count, alert.ContentItems.Count));
    }

    [Fact]
    public void GivenSeveralBadActivities_WhenValidated_ThenEachIsKeyedByItsIndex()
    {
        var input = WithActivities(4) with
        {
            Activities = [Activity(), Activity() with { Type = null }, Activity(), Activity() with { RiskScore = 101, Time = "soon" }],
        };

        var errors = ErrorsOf(AlertValidator.Validate(input, Now));

        Assert.Equal(
            ["activities[1].type", "activities[3].riskScore", "activities[3].time"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("riskScore must be a whole number from 0 to 100 (got 101).", Assert.Single(errors["activities[3].riskScore"]));
    }
}
