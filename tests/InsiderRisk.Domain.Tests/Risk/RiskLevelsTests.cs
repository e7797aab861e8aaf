using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RiskLevelsTests
{
    [Theory]
    [InlineData(0, RiskLevel.None)]
    [InlineData(1, RiskLevel.Low)]
    [InlineData(39, RiskLevel.Low)]
    [InlineData(40, RiskLevel.Medium)]
    [InlineData(69, RiskLevel.Medium)]
    [InlineData(70, RiskLevel.High)]
    [InlineData(100, RiskLevel.High)]
    public void GivenAScore_WhenBanded_ThenTheLevelOfItsBand(int score, RiskLevel expected) =>
        Assert.Equal(expected, RiskLevels.FromScore(score));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void GivenAScoreOutside0To100_WhenBanded_ThenRejected(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskLevels.FromScore(score));
}
