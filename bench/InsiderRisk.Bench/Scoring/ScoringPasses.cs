using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Scoring;

/// <summary>
/// One pass over every user of <see cref="ScoringData"/>, each returning a checksum so that no work
/// can be optimized away. The two sums are the baselines: the least work that still touches every score.
/// </summary>
public static class ScoringPasses
{
    /// <summary>Baseline of <see cref="Compute"/>: the same scores, summed.</summary>
    public static long SumScores(ScoringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long sum = 0;
        for (int user = 0; user < data.UserCount; user++)
        {
            foreach (int score in data.ScoresOf(user))
            {
                sum += score;
            }
        }

        return sum;
    }

    /// <summary>The formula's hot path, <see cref="RiskScore.Compute"/>, per user.</summary>
    public static long Compute(ScoringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long sum = 0;
        for (int user = 0; user < data.UserCount; user++)
        {
            sum += RiskScore.Compute(data.ScoresOf(user));
        }

        return sum;
    }

    /// <summary>Baseline of the fact-based passes: the facts' scores, summed.</summary>
    public static long SumFactScores(ScoringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long sum = 0;
        for (int user = 0; user < data.UserCount; user++)
        {
            foreach (ref readonly RiskAlertFact fact in data.FactsOf(user))
            {
                sum += fact.RiskScore;
            }
        }

        return sum;
    }

    /// <summary>Counting rules plus formula without allocating: <see cref="RiskScore.ComputeCounted"/>.</summary>
    public static long ComputeCounted(ScoringData data, RiskScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        long sum = 0;
        for (int user = 0; user < data.UserCount; user++)
        {
            RiskCountingRules rules = RiskCountingRules.For(data.ProfileOf(user), settings, data.Now);
            sum += RiskScore.ComputeCounted(data.FactsOf(user), rules);
        }

        return sum;
    }

    /// <summary>
    /// What a recompute stores: <see cref="UserRiskAssessor.Assess"/> with every counted alert's
    /// contribution, boosters and feedback floors.
    /// </summary>
    public static long Assess(ScoringData data, RiskScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        long sum = 0;
        for (int user = 0; user < data.UserCount; user++)
        {
            UserRiskAssessment assessment = UserRiskAssessor.Assess(
                data.ProfileOf(user), data.FactSegmentOf(user), data.MembershipOf(user), settings, data.Now);
            sum += assessment.Score + assessment.Contributions.Count;
        }

        return sum;
    }
}
