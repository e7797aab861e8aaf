using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// Everything that can be asked of one case. <see cref="RequestId"/> is the caller's idempotency key:
/// a command whose request id the case already processed yields no events.
/// </summary>
public abstract record CaseCommand
{
    private CaseCommand()
    {
    }

    public required CaseId CaseId { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who asks: a user id, or <see cref="CaseNote.SystemAuthor"/> for the effect runner and timers.</summary>
    public required string By { get; init; }

    public string? RequestId { get; init; }

    /// <summary>Triage into a new case; every alert belongs to <paramref name="User"/>.</summary>
    public sealed record OpenCase(string Name, UserPseudonym User, ImmutableArray<AlertSummary> Alerts, string? Comment = null)
        : CaseCommand;

    /// <summary>Triage into this case; <paramref name="User"/> is the alerts' user.</summary>
    public sealed record AttachAlerts(UserPseudonym User, ImmutableArray<AlertSummary> Alerts, string? Comment = null)
        : CaseCommand;

    public sealed record AddNote(string Text) : CaseCommand;

    public sealed record AddContributor(string UserId) : CaseCommand;

    /// <summary><paramref name="Template"/> is the template named, as resolved by the caller (null when none has that name).</summary>
    public sealed record SendNotice(
        string TemplateName,
        NoticeTemplate? Template,
        string? Subject = null,
        string? Body = null,
        ImmutableArray<string>? Cc = null) : CaseCommand;

    public sealed record Escalate(string InvestigationName, string? Notes = null) : CaseCommand;

    public sealed record Share(ShareTarget Target, string? Recipient = null) : CaseCommand;

    /// <summary><paramref name="IsConfigured"/>: whether the app has a trigger URL for the flow.</summary>
    public sealed record RunFlow(string FlowName, bool IsConfigured) : CaseCommand;

    public sealed record CreateTeam : CaseCommand;

    public sealed record Resolve(CaseClassification Classification, string ActionTaken) : CaseCommand;

    public sealed record RecordEffectSucceeded(EffectId EffectId, EffectResult Result) : CaseCommand;

    /// <summary>A non-final failure: the runner will try again at <paramref name="NextAttemptAt"/>.</summary>
    public sealed record RecordEffectAttemptFailed(EffectId EffectId, int Attempt, string Error, DateTimeOffset? NextAttemptAt)
        : CaseCommand;

    /// <summary>The runner gave up after its last attempt.</summary>
    public sealed record RecordEffectFailed(EffectId EffectId, string Reason) : CaseCommand;

    /// <summary>A review-due timer fired; <see cref="At"/> is the time it fired (now).</summary>
    public sealed record FireReviewTimer(EffectId EffectId) : CaseCommand;
}
