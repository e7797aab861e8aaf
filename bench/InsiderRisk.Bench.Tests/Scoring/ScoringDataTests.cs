using InsiderRisk.Bench.Scoring;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Tests.Scoring;

public sealed class ScoringDataTests
{
    private static readonly ScoringData Data = ScoringDataGenerator.Generate(users: 2_000, alerts: 20_000, seed: 11);

    [Fact]
    public void EveryAlertBelongsToExactlyOneUser()
    {
        Assert.Equal(2_000, Data.UserCount);
        Assert.Equal(20_000, Data.AlertCount);
        Assert.Equal(20_000, Enumerable.Range(0, Data.UserCount).Sum(u => Data.ScoresOf(u).Length));
    }

    [Fact]
    public void TheSameSeedGivesTheSameData()
    {
        ScoringData again = ScoringDataGenerator.Generate(users: 2_000, alerts: 20_000, seed: 11);

        Assert.All(Enumerable.Range(0, Data.UserCount), u =>
        {
            Assert.True(Data.FactsOf(u).SequenceEqual(again.FactsOf(u)));
            Assert.Equal(Data.ProfileOf(u).Version, again.ProfileOf(u).Version);
        });
    }

    [Fact]
    public void ScoresAndFactsAgree() =>
        Assert.Equal(ScoringPasses.SumScores(Data), ScoringPasses.SumFactScores(Data));

    [Fact]
    public void TheMixExercisesTheCountingRules()
    {
        RiskScoringSettings settings = RiskScoringSettings.Default;
        int counted = Enumerable.Range(0, Data.UserCount).Sum(u =>
        {
            RiskCountingRules rules = RiskCountingRules.For(Data.ProfileOf(u), settings, Data.Now);
            int n = 0;
            foreach (ref readonly RiskAlertFact fact in Data.FactsOf(u))
            {
                n += rules.Counts(fact) ? 1 : 0;
            }

            return n;
        });
        int withFeedback = Enumerable.Range(0, Data.UserCount).Count(u => Data.ProfileOf(u).Version > 0);

        Assert.InRange(counted / (double)Data.AlertCount, 0.5, 0.7);
        Assert.InRange(withFeedback / (double)Data.UserCount, 0.07, 0.13);
    }

    [Fact]
    public void TheFastPathAndTheAssessorAgreeOnEveryUsersFormulaScore()
    {
        RiskScoringSettings settings = RiskScoringSettings.Default;

        Assert.All(Enumerable.Range(0, Data.UserCount), u =>
        {
            RiskCountingRules rules = RiskCountingRules.For(Data.ProfileOf(u), settings, Data.Now);
            UserRiskAssessment assessment = UserRiskAssessor.Assess(Data.ProfileOf(u), Data.FactSegmentOf(u), Data.MembershipOf(u), settings, Data.Now);
            Assert.Equal(RiskScore.ComputeCounted(Data.FactsOf(u), rules), assessment.FormulaScore);
        });
    }
}
