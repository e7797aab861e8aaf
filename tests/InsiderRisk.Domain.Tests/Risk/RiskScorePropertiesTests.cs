using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RiskScorePropertiesTests
{
    [Fact]
    public void ScoreIsAlwaysBetween0And100() =>
        Check.QuickThrowOnFailure(Prop.ForAll(ScoreLists, riskScores => RiskScore.Compute(riskScores) is >= 0 and <= 100));

    [Fact]
    public void AssessedScoreIsAlwaysBetween0And100() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Zip(Profiles, Facts).Zip(Gen.Elements(true, false).Two()).ToArbitrary(),
            input =>
            {
                ((UserRiskProfile profile, RiskAlertFact[] alerts), (bool priority, bool highImpact)) = input;
                return Assess(profile, alerts, new RiskBoosterMembership(priority, highImpact)).Score is >= 0 and <= 100;
            }));

    [Fact]
    public void AddingACountedAlertNeverLowersTheScore() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Zip(RiskScores.ArrayOf(), RiskScores).ToArbitrary(),
            input => RiskScore.Compute([.. input.Item1, input.Item2]) >= RiskScore.Compute(input.Item1)));

    [Fact]
    public void OrderOfAlertsDoesNotMatter() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Facts.SelectMany(facts => Gen.Shuffle(facts), (facts, shuffled) => (facts, shuffled)).ToArbitrary(),
            input =>
            {
                UserRiskAssessment original = Assess(UserRiskProfile.Empty, input.facts);
                UserRiskAssessment shuffled = Assess(UserRiskProfile.Empty, input.shuffled);
                return original.Score == shuffled.Score
                    && original.Contributions.SequenceEqual(shuffled.Contributions)
                    && RiskScore.Compute(input.facts.Select(f => f.RiskScore).ToArray())
                        == RiskScore.Compute(input.shuffled.Select(f => f.RiskScore).ToArray());
            }));

    [Fact]
    public void FastPathEqualsExplainablePath() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Zip(Profiles, Facts).ToArbitrary(),
            input =>
            {
                (UserRiskProfile profile, RiskAlertFact[] alerts) = input;
                RiskCountingRules rules = RiskCountingRules.For(profile, Settings, Now);
                RiskAlertFact[] counted = alerts.Where(a => rules.Counts(a)).ToArray();
                RiskScoreExplanation explained = RiskScoreExplainer.Explain(counted);
                return RiskScore.ComputeCounted(alerts, rules) == explained.Score
                    && RiskScore.Compute(counted.Select(a => a.RiskScore).ToArray()) == explained.Score
                    && RiskScore.Raw(counted.Select(a => a.RiskScore).ToArray()) == explained.Raw;
            }));

    [Fact]
    public void ContributionsSumToThePreBoosterScoreWithinRounding() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            RiskScores.ArrayOf().Select(scores => scores.Select((s, i) => Alert(s, id: $"a{i}")).ToArray()).ToArbitrary(),
            alerts =>
            {
                RiskScoreExplanation explained = RiskScoreExplainer.Explain(alerts);
                double sum = explained.Contributions.Sum(c => c.Contribution);
                return explained.Contributions.Count == alerts.Length
                    && (explained.Score < RiskScore.MaxScore
                        ? Math.Abs(sum - explained.Score) <= 0.5 + 1e-9
                        : sum >= RiskScore.MaxScore - 0.5);
            }));

    [Fact]
    public void BoostersNeverPushPast100() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            (from baseScore in Gen.Choose(0, 100)
             from priority in Gen.Choose(100, 1000)
             from highImpact in Gen.Choose(100, 1000)
             from membership in Gen.Elements(true, false).Two()
             select (baseScore, priority, highImpact, membership)).ToArbitrary(),
            input =>
            {
                var settings = new RiskScoringSettings(TimeSpan.FromDays(90), input.priority / 100.0, input.highImpact / 100.0);
                int boosted = RiskBoosters.Apply(input.baseScore, new RiskBoosterMembership(input.membership.Item1, input.membership.Item2), settings);
                return boosted <= 100 && boosted >= input.baseScore;
            }));

    [Fact]
    public void DismissedAndBenignAlertsDoNotCount() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Zip(Facts, Facts).ToArbitrary(),
            input =>
            {
                (RiskAlertFact[] alerts, RiskAlertFact[] others) = input;
                RiskAlertFact[] neverCounting = others
                    .Select((a, i) => (i % 3) switch
                    {
                        0 => a.Dismissed(),
                        1 => a.ResolvedAs(RiskCaseOutcome.Benign),
                        _ => a.Confirmed() with { CaseOutcome = RiskCaseOutcome.Benign },
                    } with { AlertId = new AlertId($"n{i}") })
                    .ToArray();
                UserRiskAssessment without = Assess(UserRiskProfile.Empty, alerts);
                UserRiskAssessment with = Assess(UserRiskProfile.Empty, [.. alerts, .. neverCounting]);
                return with.Score == without.Score && with.Contributions.SequenceEqual(without.Contributions);
            }));
}
