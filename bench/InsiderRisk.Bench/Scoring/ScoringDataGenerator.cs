using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Scoring;

/// <summary>
/// Deterministic synthetic alerts: each alert lands on a uniformly drawn user (about Poisson(alerts ÷
/// users) per user), detections spread over 120 days so a quarter fall outside the 90-day window,
/// mostly NeedsReview/Confirmed with some Dismissed and resolved ones, a third on a sign-in; about one
/// user in ten carries feedback applied through <see cref="UserRiskFeedback"/>.
/// </summary>
public static class ScoringDataGenerator
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int SignInsPerUser = 3;
    private static readonly TimeSpan Spread = TimeSpan.FromDays(120);

    public static ScoringData Generate(int users, int alerts, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(users);
        ArgumentOutOfRangeException.ThrowIfNegative(alerts);
        var random = new Random(seed);
        int[] offsets = Offsets(users, alerts, random);
        var scores = new int[alerts];
        var facts = new RiskAlertFact[alerts];
        var signIns = new SignInId[SignInsPerUser];
        for (int user = 0; user < users; user++)
        {
            for (int i = 0; i < SignInsPerUser; i++)
            {
                signIns[i] = new SignInId($"s-{user:D7}-{i}");
            }

            for (int a = offsets[user]; a < offsets[user + 1]; a++)
            {
                scores[a] = RiskScoreOf(random);
                facts[a] = FactOf(a, scores[a], random, signIns);
            }
        }

        var profiles = new UserRiskProfile[users];
        var memberships = new RiskBoosterMembership[users];
        for (int user = 0; user < users; user++)
        {
            profiles[user] = ProfileOf(user, random);
            memberships[user] = new RiskBoosterMembership(random.NextDouble() < 0.05, random.NextDouble() < 0.02);
        }

        return new ScoringData(offsets, scores, facts, profiles, memberships, Now);
    }

    private static int[] Offsets(int users, int alerts, Random random)
    {
        var offsets = new int[users + 1];
        for (int a = 0; a < alerts; a++)
        {
            offsets[random.Next(users) + 1]++;
        }

        for (int user = 0; user < users; user++)
        {
            offsets[user + 1] += offsets[user];
        }

        return offsets;
    }

    // Most detections are low to medium; a few are critical.
    private static int RiskScoreOf(Random random) => random.NextDouble() switch
    {
        < 0.70 => random.Next(10, 60),
        < 0.95 => random.Next(60, 90),
        _ => random.Next(90, 101),
    };

    private static RiskAlertFact FactOf(int index, int riskScore, Random random, SignInId[] signIns)
    {
        double roll = random.NextDouble();
        (AlertStatus status, RiskCaseOutcome? outcome) = roll switch
        {
            < 0.60 => (AlertStatus.NeedsReview, (RiskCaseOutcome?)null),
            < 0.80 => (AlertStatus.Confirmed, null),
            < 0.90 => (AlertStatus.Dismissed, null),
            < 0.95 => (AlertStatus.Resolved, RiskCaseOutcome.ConfirmedPolicyViolation),
            _ => (AlertStatus.Resolved, RiskCaseOutcome.Benign),
        };
        SignInId? signIn = random.NextDouble() < 1.0 / 3 ? signIns[random.Next(SignInsPerUser)] : null;
        DateTimeOffset detectedAt = Now - TimeSpan.FromMinutes(random.NextDouble() * Spread.TotalMinutes);
        return new RiskAlertFact(new AlertId($"a-{index:D9}"), riskScore, detectedAt, status, outcome, signIn);
    }

    private static UserRiskProfile ProfileOf(int user, Random random)
    {
        DateTimeOffset at = Now - TimeSpan.FromMinutes(random.NextDouble() * Spread.TotalMinutes);
        RiskFeedback? feedback = random.NextDouble() switch
        {
            < 0.03 => new RiskFeedback.UserRiskDismissed(),
            < 0.05 => new RiskFeedback.SignInConfirmedSafe(new SignInId($"s-{user:D7}-0")),
            < 0.07 => new RiskFeedback.SignInConfirmedCompromised(new SignInId($"s-{user:D7}-1")),
            < 0.09 => new RiskFeedback.CaseResolved(new CaseId($"c-{user:D7}"), RiskCaseOutcome.ConfirmedPolicyViolation),
            < 0.10 => new RiskFeedback.UserConfirmedCompromised(),
            _ => null,
        };
        return feedback is null ? UserRiskProfile.Empty : UserRiskFeedback.Apply(UserRiskProfile.Empty, feedback, at);
    }
}
