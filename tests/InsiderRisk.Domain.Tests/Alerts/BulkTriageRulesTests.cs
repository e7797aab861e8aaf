using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class BulkTriageRulesTests
{
    [Fact]
    public void GivenDistinctValidIds_WhenParsed_ThenTheyAreReturnedInOrder()
    {
        var ids = ValueOf(BulkTriageRules.ParseAlertIds(["a-2", "a-1", "a-3"]));

        Assert.Equal(["a-2", "a-1", "a-3"], ids.Select(id => id.Value));
    }

    [Fact]
    public void GivenNoList_WhenParsed_ThenAlertIdsIsRequired()
    {
        Assert.Equal("alertIds is required.", Assert.Single(ErrorsOf(BulkTriageRules.ParseAlertIds(null))["alertIds"]));
    }

    [Fact]
    public void GivenAnEmptyList_WhenParsed_ThenAtLeastOneIdIsAskedFor()
    {
        Assert.Equal(
            "alertIds must hold at least one alert id.",
            Assert.Single(ErrorsOf(BulkTriageRules.ParseAlertIds([]))["alertIds"]));
    }

    [Fact]
    public void GivenMoreThanAThousandIds_WhenParsed_ThenTheLimitIsNamed()
    {
        var ids = Enumerable.Range(0, 1_001).Select(i => (string?)$"a-{i}").ToList();

        Assert.Equal(
            "alertIds may hold at most 1,000 ids (got 1,001).",
            Assert.Single(ErrorsOf(BulkTriageRules.ParseAlertIds(ids))["alertIds"]));
    }

    [Fact]
    public void GivenExactlyAThousandIds_WhenParsed_ThenAllAreAccepted()
    {
        var ids = Enumerable.Range(0, 1_000).Select(i => (string?)$"a-{i}").ToList();

        Assert.Equal(1_000, ValueOf(BulkTriageRules.ParseAlertIds(ids)).Count);
    }

    [Fact]
    public void GivenARepeatedId_WhenParsed_ThenTheRepeatIsKeyedByItsIndex()
    {
        var errors = ErrorsOf(BulkTriageRules.ParseAlertIds(["a-1", "a-2", "a-1"]));

        Assert.Equal(["alertIds[2]"], errors.Keys);
        Assert.Equal("Alert 'a-1' is listed more than once (first at alertIds[0]).", Assert.Single(errors["alertIds[2]"]));
    }

    [Fact]
    public void GivenMalformedIds_WhenParsed_ThenEachIsKeyedByItsIndex()
    {
        var errors = ErrorsOf(BulkTriageRules.ParseAlertIds(["a-1", null, "bad id", ""]));

        Assert.Equal(["alertIds[1]", "alertIds[2]", "alertIds[3]"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivenAlertsOfOneUser_WhenCheckingABulkConfirm_ThenThatUserIsTheCaseUser()
    {
        TriageTarget[] targets = [Target("a-1", "Alex@Contoso.com"), Target("a-2", " alex@contoso.com")];

        Assert.Equal("Alex@Contoso.com", ValueOf(BulkTriageRules.CheckConfirm(targets)));
    }

    [Fact]
    public void GivenAlertsOfTwoUsers_WhenCheckingABulkConfirm_ThenItIsRejectedNamingAlertsNotUsers()
    {
        TriageTarget[] targets = [Target("a-1", "alex@contoso.com"), Target("a-2", "megan@contoso.com"), Target("a-3", "alex@contoso.com")];

        var errors = ErrorsOf(BulkTriageRules.CheckConfirm(targets));

        var message = Assert.Single(errors["alertIds"]);
        Assert.Equal(
            "A case investigates exactly one user, but these alerts belong to 2 different users: [a-1, a-3], [a-2]. " +
            "Confirm each user's alerts separately.",
            message);
        Assert.DoesNotContain("contoso", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenManyUsersWithManyAlerts_WhenCheckingABulkConfirm_ThenTheMessageStaysShort()
    {
        var targets = Enumerable.Range(0, 1_000).Select(i => Target($"a-{i}", $"user{i % 10}@contoso.com")).ToList();

        var message = Assert.Single(ErrorsOf(BulkTriageRules.CheckConfirm(targets))["alertIds"]);

        Assert.Contains("10 different users", message, StringComparison.Ordinal);
        Assert.Contains("and 5 more", message, StringComparison.Ordinal);
        Assert.True(message.Length < 600, $"message is {message.Length} characters");
    }

    [Theory]
    [InlineData(AlertStatus.Confirmed)]
    [InlineData(AlertStatus.Dismissed)]
    [InlineData(AlertStatus.Resolved)]
    public void GivenAnAlertAlreadyTriaged_WhenCheckingABulkConfirm_ThenItIsKeyedByItsIndex(AlertStatus status)
    {
        TriageTarget[] targets = [Target("a-1"), Target("a-2", status: status)];

        var errors = ErrorsOf(BulkTriageRules.CheckConfirm(targets));

        Assert.Equal(
            $"Alert 'a-2' is {status} and cannot be confirmed: only alerts that need review can be.",
            Assert.Single(errors["alertIds[1]"]));
    }

    [Fact]
    public void GivenAlertsOfSeveralUsers_WhenCheckingABulkDismiss_ThenAllAreDismissable()
    {
        TriageTarget[] targets = [Target("a-1", "alex@contoso.com"), Target("a-2", "megan@contoso.com")];

        Assert.Equal(["a-1", "a-2"], ValueOf(BulkTriageRules.CheckDismiss(targets)).Select(id => id.Value));
    }

    [Fact]
    public void GivenAConfirmedAlert_WhenCheckingABulkDismiss_ThenTheWholeRequestIsRejected()
    {
        TriageTarget[] targets = [Target("a-1"), Target("a-2"), Target("a-3", status: AlertStatus.Confirmed)];

        Assert.Equal(["alertIds[2]"], ErrorsOf(BulkTriageRules.CheckDismiss(targets)).Keys);
    }

    [Fact]
    public void GivenNoTargets_WhenChecking_ThenBothChecksRefuse()
    {
        Assert.Equal(["alertIds"], ErrorsOf(BulkTriageRules.CheckConfirm([])).Keys);
        Assert.Equal(["alertIds"], ErrorsOf(BulkTriageRules.CheckDismiss([])).Keys);
    }
}
