using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class AlertBatchValidatorTests
{
    [Fact]
    public void GivenValidAlerts_WhenValidated_ThenAllAreReturnedInOrder()
    {
        var alerts = ValueOf(AlertBatchValidator.Validate([Alert("a-1"), Alert("a-2"), Alert("a-3")], Now));

        Assert.Equal(["a-1", "a-2", "a-3"], alerts.Select(a => a.AlertId.Value));
    }

    [Fact]
    public void GivenOneInvalidItem_WhenValidated_ThenItsKeysCarryItsIndexAndNothingIsAccepted()
    {
        AlertInput?[] batch = [Alert("a-1"), Alert("a-2"), Alert("a-3") with { UserId = null }];

        var errors = ErrorsOf(AlertBatchValidator.Validate(batch, Now));

        Assert.Equal(["[2].userId"], errors.Keys);
    }

    [Fact]
    public void GivenABadNestedField_WhenValidated_ThenTheKeyJoinsIndexAndPath()
    {
        AlertInput?[] batch = [Alert("a-1"), Alert("a-2") with { Activities = [Activity(), Activity() with { RiskScore = -5 }] }];

        var errors = ErrorsOf(AlertBatchValidator.Validate(batch, Now));

        Assert.Equal(["[1].activities[1].riskScore"], errors.Keys);
    }

    [Fact]
    public void GivenANullItem_WhenValidated_ThenThatIndexIsReported()
    {
        var errors = ErrorsOf(AlertBatchValidator.Validate([Alert("a-1"), null], Now));

        Assert.Equal(["[1]"], errors.Keys);
    }

    [Fact]
    public void GivenTheSameAlertIdTwice_WhenValidated_ThenTheRepeatIsAnErrorNamingTheFirst()
    {
        AlertInput?[] batch = [Alert("a-1"), Alert("a-2"), Alert("a-1")];

        var errors = ErrorsOf(AlertBatchValidator.Validate(batch, Now));

        Assert.Equal(["[2].alertId"], errors.Keys);
        Assert.Equal("alertId 'a-1' appears more than once in this delivery (first at [0]).", Assert.Single(errors["[2].alertId"]));
    }

    [Fact]
    public void GivenAlertIdsDifferingOnlyInCase_WhenValidated_ThenTheyAreDistinct()
    {
        var alerts = ValueOf(AlertBatchValidator.Validate([Alert("a-1"), Alert("A-1")], Now));

        Assert.Equal(2, alerts.Count);
    }

    [Fact]
    public void GivenNoArray_WhenValidated_ThenTheBodyIsReported()
    {
        var errors = ErrorsOf(AlertBatchValidator.Validate(null, Now));

        Assert.Equal([FieldPath.Root], errors.Keys);
    }

    [Fact]
    public void GivenAnEmptyArray_WhenValidated_ThenTheBodyIsReported()
    {
        var errors = ErrorsOf(AlertBatchValidator.Validate([], Now));

        Assert.Equal("The array holds no alerts; send 1 to 1,000.", Assert.Single(errors[FieldPath.Root]));
    }

    [Fact]
    public void GivenMoreThanAThousandAlerts_WhenValidated_ThenTheLimitIsReportedOnce()
    {
        var batch = Enumerable.Range(0, 1_001).Select(i => Alert($"a-{i}")).ToList();

        var errors = ErrorsOf(AlertBatchValidator.Validate(batch, Now));

        Assert.Equal("At most 1,000 alerts per delivery (got 1,001).", Assert.Single(Assert.Single(errors).Value));
    }

    [Fact]
    public void GivenExactlyAThousandAlerts_WhenValidated_ThenAllAreAccepted()
    {
        var batch = Enumerable.Range(0, 1_000).Select(i => Alert($"a-{i}")).ToList();

        Assert.Equal(1_000, ValueOf(AlertBatchValidator.Validate(batch, Now)).Count);
    }

    [Fact]
    public void GivenAThousandAlertsWithManyErrors_WhenValidated_ThenTheListIsCappedAndSaysSo()
    {
        var batch = Enumerable.Range(0, 1_000).Select(i => new AlertInput()).ToList();

        var errors = ErrorsOf(AlertBatchValidator.Validate(batch, Now));

        Assert.Equal(FieldErrors.MaxListedFields + 1, errors.Count);
        Assert.Contains("only the first 1,000 fields are listed", Assert.Single(errors[FieldPath.Root]), StringComparison.Ordinal);
    }
}
