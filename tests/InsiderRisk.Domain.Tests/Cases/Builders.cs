using System.Collections.Immutable;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>
/// Commands with sensible defaults (change them with <c>with</c>) and literal histories. Histories
/// name each event's sequence, so effect ids (<see cref="Fx"/>) are spelled out, never computed by the decider.
/// </summary>
internal static class Builders
{
    public const string CaseName = "Exfiltration before resignation";
    public const string Analyst = "analyst@contoso.com";
    public const string Investigator = "investigator@contoso.com";
    public const string Runner = CaseNote.SystemAuthor;
    public const string TemplateName = "Policy reminder";
    public const string TeamId = "team-19f3";
    public const string HrMailbox = "hr@contoso.com";
    public const string FlowName = "notify-hr";

    public static readonly CaseId TheCaseId = new("case-0001");
    public static readonly UserPseudonym User = new("User-7Q4K2M");
    public static readonly UserPseudonym OtherUser = new("User-3J9P0D");
    public static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static NoticeTemplate Template { get; } = new(
        TemplateName, "irm@contoso.com", "About your recent activity", "Hello {{user}}", ["manager@contoso.com"], ["audit@contoso.com"]);

    public static DateTimeOffset At(double hours) => T0.AddHours(hours);

    public static TimeSpan Sla(Severity severity) => CasePolicy.Default.ReviewSla(severity);

    public static EffectId Fx(long sequence) => CaseEffectIds.For(TheCaseId, sequence);

    public static AlertSummary Alert(string id, Severity severity = Severity.Medium) =>
        new(new AlertId(id), "Data leaks", severity, T0.AddHours(-3));

    // Commands: by the analyst, one hour after the case opened; outcomes and timers by the runner.
    public static CaseCommand.OpenCase OpenCase(params AlertSummary[] alerts) =>
        new(CaseName, User, alerts.Length == 0 ? [Alert("alert-1")] : [.. alerts]) { CaseId = TheCaseId, At = T0, By = Analyst };

    public static CaseCommand.AttachAlerts AttachAlerts(params AlertSummary[] alerts) =>
        new(User, [.. alerts]) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.AddNote AddNote(string text = "Reviewed the copied files") =>
        new(text) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.AddContributor AddContributor(string userId = Investigator) =>
        new(userId) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.SendNotice SendNotice() => new(TemplateName, Template) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.Escalate Escalate(string name = "Legal review", string? notes = "Preserve the mailbox") =>
        new(name, notes) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.Share Share(ShareTarget target = ShareTarget.ServiceNow, string? recipient = null) =>
        new(target, recipient) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.RunFlow RunFlow(string name = FlowName, bool configured = true) =>
        new(name, configured) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.CreateTeam CreateTeam() => new() { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.Resolve Resolve(
        CaseClassification classification = CaseClassification.ConfirmedPolicyViolation, string actionTaken = "Access revoked") =>
        new(classification, actionTaken) { CaseId = TheCaseId, At = At(1), By = Analyst };

    public static CaseCommand.RecordEffectSucceeded Succeeded(EffectId effectId, EffectResult result) =>
        new(effectId, result) { CaseId = TheCaseId, At = At(10), By = Runner };

    public static CaseCommand.RecordEffectAttemptFailed AttemptFailed(EffectId effectId, int attempt = 1) =>
        new(effectId, attempt, "503 Service Unavailable", At(10 + attempt)) { CaseId = TheCaseId, At = At(10), By = Runner };

    public static CaseCommand.RecordEffectFailed Failed(EffectId effectId, string reason = "gave up after 5 attempts") =>
        new(effectId, reason) { CaseId = TheCaseId, At = At(10), By = Runner };

    public static CaseCommand.FireReviewTimer FireTimer(EffectId effectId, DateTimeOffset now) =>
        new(effectId) { CaseId = TheCaseId, At = now, By = Runner };

    /// <summary>Every command but OpenCase, valid for an Active case.</summary>
    public static TheoryData<string> CaseCommandNames => [.. CommandNames];

    public static IEnumerable<string> CommandNames => CommandsByName.Keys.Order(StringComparer.Ordinal);

    public static CaseCommand Command(string name) => CommandsByName[name]();

    private static readonly ImmutableDictionary<string, Func<CaseCommand>> CommandsByName =
        new Dictionary<string, Func<CaseCommand>>
        {
            ["AttachAlerts"] = () => AttachAlerts(Alert("alert-2")),
            ["AddNote"] = () => AddNote(),
            ["AddContributor"] = () => AddContributor(),
            ["SendNotice"] = SendNotice,
            ["Escalate"] = () => Escalate(),
            ["ShareServiceNow"] = () => Share(),
            ["ShareEmail"] = () => Share(ShareTarget.Email, HrMailbox),
            ["RunFlow"] = () => RunFlow(),
            ["CreateTeam"] = CreateTeam,
            ["Resolve"] = () => Resolve(),
            ["RecordEffectSucceeded"] = () => Succeeded(Fx(2), new EffectResult.ReminderSent()),
            ["RecordEffectAttemptFailed"] = () => AttemptFailed(Fx(2)),
            ["RecordEffectFailed"] = () => Failed(Fx(2)),
            ["FireReviewTimer"] = () => FireTimer(Fx(2), At(100)),
        }.ToImmutableDictionary();
}
