using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Domain.Tests.Risk;

/// <summary>Builders and generators for the Risk tests; all times are relative to <see cref="Now"/>.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly RiskScoringSettings Settings = RiskScoringSettings.Default;

    private static int s_nextAlert;

    public static DateTimeOffset DaysAgo(double days) => Now - TimeSpan.FromDays(days);

    public static RiskAlertFact Alert(int riskScore, double daysAgo = 1, string? id = null) =>
        new(
            new AlertId(id ?? $"alert-{Interlocked.Increment(ref s_nextAlert)}"),
            riskScore,
            DaysAgo(daysAgo),
            AlertStatus.NeedsReview);

    public static RiskAlertFact DetectedAt(this RiskAlertFact alert, DateTimeOffset at) => alert with { DetectedAt = at };

    public static RiskAlertFact Confirmed(this RiskAlertFact alert) => alert with { Status = AlertStatus.Confirmed };

    public static RiskAlertFact Dismissed(this RiskAlertFact alert) => alert with { Status = AlertStatus.Dismissed };

    public static RiskAlertFact ResolvedAs(this RiskAlertFact alert, RiskCaseOutcome outcome) =>
        alert with { Status = AlertStatus.Resolved, CaseOutcome = outcome };

    public static RiskAlertFact OnSignIn(this RiskAlertFact alert, string signInId) =>
        alert with { SignInId = new SignInId(signInId) };

    public static UserRiskProfile Profile(params (RiskFeedback Feedback, DateTimeOffset At)[] history) =>
        history.Aggregate(UserRiskProfile.Empty, (profile, given) => UserRiskFeedback.Apply(profile, given.Feedback, given.At));

    public static UserRiskProfile Given(this UserRiskProfile profile, RiskFeedback feedback, DateTimeOffset at) =>
        UserRiskFeedback.Apply(profile, feedback, at);

    public static RiskFeedback SignInSafe(string signInId) => new RiskFeedback.SignInConfirmedSafe(new SignInId(signInId));

    public static RiskFeedback SignInCompromised(string signInId) => new RiskFeedback.SignInConfirmedCompromised(new SignInId(signInId));

    public static RiskFeedback UserCompromised() => new RiskFeedback.UserConfirmedCompromised();

    public static RiskFeedback UserDismissed() => new RiskFeedback.UserRiskDismissed();

    public static RiskFeedback CaseResolved(string caseId, RiskCaseOutcome outcome) =>
        new RiskFeedback.CaseResolved(new CaseId(caseId), outcome);

    public static UserRiskAssessment Assess(
        UserRiskProfile profile,
        IEnumerable<RiskAlertFact> alerts,
        RiskBoosterMembership membership = default,
        DateTimeOffset? at = null) =>
        UserRiskAssessor.Assess(profile, alerts, membership, Settings, at ?? Now);

    public static UserRiskAssessment Assess(params RiskAlertFact[] alerts) => Assess(UserRiskProfile.Empty, alerts);

    public static SignInRiskAssessment AssessSignIn(UserRiskProfile profile, string signInId, params RiskAlertFact[] alerts) =>
        SignInRiskAssessor.Assess(profile, new SignInId(signInId), alerts, Settings, Now);

    /// <summary>round(100 · Σ s_i / i^1.5 / 261.2) written independently of the code under test.</summary>
    public static int ExpectedScore(params int[] riskScores)
    {
        double raw = riskScores.OrderDescending().Select((s, i) => s / Math.Pow(i + 1, 1.5)).Sum();
        return (int)Math.Min(100, Math.Round(100 * raw / 261.2, MidpointRounding.AwayFromZero));
    }

    public static Gen<int> RiskScores => Gen.Choose(0, 100);

    public static Arbitrary<int[]> ScoreLists => RiskScores.ArrayOf().ToArbitrary();

    /// <summary>Alerts of every status, outcome, age (some outside the window) and sign-in.</summary>
    public static Gen<RiskAlertFact[]> Facts =>
        (from score in RiskScores
         from minutesAgo in Gen.Choose(-60, 120 * 24 * 60)
         from status in Gen.Elements(Enum.GetValues<AlertStatus>())
         from outcome in Gen.Elements<RiskCaseOutcome?>(null, RiskCaseOutcome.Benign, RiskCaseOutcome.ConfirmedPolicyViolation)
         from signIn in Gen.Elements<string?>(null, "s1", "s2", "s3")
         select new RiskAlertFact(
             new AlertId("x"),
             score,
             Now - TimeSpan.FromMinutes(minutesAgo),
             status,
             outcome,
             signIn is null ? null : new SignInId(signIn)))
        .ArrayOf()
        .Select(facts => facts.Select((fact, i) => fact with { AlertId = new AlertId($"a{i:D4}") }).ToArray());

    /// <summary>Histories of feedback given at increasing times before <see cref="Now"/>.</summary>
    public static Gen<UserRiskProfile> Profiles =>
        Gen.Elements(
                SignInSafe("s1"),
                SignInSafe("s2"),
                SignInCompromised("s2"),
                SignInCompromised("s3"),
                UserCompromised(),
                UserDismissed(),
                CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation),
                CaseResolved("c2", RiskCaseOutcome.Benign))
            .ListOf(4)
            .SelectMany(feedback => Gen.Choose(0, 100 * 24).ArrayOf(4), (feedback, hoursAgo) =>
                Profile([.. feedback.Zip(hoursAgo.Order().Reverse(), (f, h) => (f, Now - TimeSpan.FromHours(h)))]));
}
