using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class SeverityDerivationTests
{
    [Theory]
    [InlineData(0, Severity.Low)]
    [InlineData(39, Severity.Low)]
    [InlineData(40, Severity.Medium)]
    [InlineData(69, Severity.Medium)]
    [InlineData(70, Severity.High)]
    [InlineData(100, Severity.High)]
    public void GivenNoSeverity_WhenValidated_ThenItIsDerivedFromTheRiskScore(int riskScore, Severity expected)
    {
        var alert = ValueOf(AlertValidator.Validate(Alert() with { RiskScore = riskScore, Severity = null }, Now));

        Assert.Equal(expected, alert.Severity);
    }

    [Theory]
    [InlineData(95, "Low", Severity.Low)]
    [InlineData(5, "High", Severity.High)]
    [InlineData(50, "medium", Severity.Medium)]
    [InlineData(50, " HIGH ", Severity.High)]
    public void GivenAnExplicitSeverity_WhenValidated_ThenItWinsOverTheScore(int riskScore, string severity, Severity expected)
    {
        var alert = ValueOf(AlertValidator.Validate(Alert() with { RiskScore = riskScore, Severity = severity }, Now));

        Assert.Equal(expected, alert.Severity);
    }

    [Fact]
    public void GivenAnInvalidSeverity_WhenValidated_ThenItIsAnErrorNotADerivation()
    {
        var errors = ErrorsOf(AlertValidator.Validate(Alert() with { Severity = "Critical" }, Now));

        Assert.Equal(
            "severity must be one of Low, Medium, High, or left out to derive it from riskScore.",
            Assert.Single(errors["severity"]));
    }
}
