using System.Collections.Immutable;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// What an outside effect needs to run, one record per <see cref="EffectKind"/>. Users appear as
/// pseudonyms only; the runner resolves real addresses where it must.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(SendNotice), nameof(EffectKind.SendNotice))]
[JsonDerivedType(typeof(CreateInvestigation), nameof(EffectKind.CreateInvestigation))]
[JsonDerivedType(typeof(CreateIncident), nameof(EffectKind.CreateIncident))]
[JsonDerivedType(typeof(ShareByEmail), nameof(EffectKind.ShareByEmail))]
[JsonDerivedType(typeof(RunFlow), nameof(EffectKind.RunFlow))]
[JsonDerivedType(typeof(CreateTeam), nameof(EffectKind.CreateTeam))]
[JsonDerivedType(typeof(ArchiveTeam), nameof(EffectKind.ArchiveTeam))]
[JsonDerivedType(typeof(SendReminder), nameof(EffectKind.SendReminder))]
[JsonDerivedType(typeof(ReviewDueTimer), nameof(EffectKind.ReviewDueTimer))]
public abstract record EffectPayload
{
    private EffectPayload()
    {
    }

    /// <summary>Which effect this is; stored as the JSON type discriminator rather than as a field.</summary>
    [JsonIgnore]
    public EffectKind Kind => this switch
    {
        SendNotice => EffectKind.SendNotice,
        CreateInvestigation => EffectKind.CreateInvestigation,
        CreateIncident => EffectKind.CreateIncident,
        ShareByEmail => EffectKind.ShareByEmail,
        RunFlow => EffectKind.RunFlow,
        CreateTeam => EffectKind.CreateTeam,
        ArchiveTeam => EffectKind.ArchiveTeam,
        SendReminder => EffectKind.SendReminder,
        _ => EffectKind.ReviewDueTimer,
    };

    /// <summary>Subject, body and cc are the template's unless overridden for this send.</summary>
    public sealed record SendNotice(
        UserPseudonym Recipient,
        string TemplateName,
        string Sender,
        string Subject,
        string Body,
        ImmutableArray<string> Cc,
        ImmutableArray<string> Bcc) : EffectPayload;

    public sealed record CreateInvestigation(string InvestigationName, string? Notes, string CaseName, UserPseudonym User)
        : EffectPayload;

    public sealed record CreateIncident(string CaseName, UserPseudonym User, Severity Severity, int TotalPolicyAlerts)
        : EffectPayload;

    public sealed record ShareByEmail(string Recipient, string CaseName, UserPseudonym User) : EffectPayload;

    public sealed record RunFlow(string FlowName, string CaseName, UserPseudonym User) : EffectPayload;

    /// <summary>Graph needs an owner to create (and later archive) a team: the person who asked.</summary>
    public sealed record CreateTeam(string DisplayName, string Owner) : EffectPayload;

    public sealed record ArchiveTeam(string TeamId) : EffectPayload;

    public sealed record SendReminder(ImmutableArray<string> Recipients, string CaseName, DateTimeOffset DueAt)
        : EffectPayload;

    /// <summary>A durable timer: its effect request carries the due time; firing it is <see cref="CaseCommand.FireReviewTimer"/>.</summary>
    public sealed record ReviewDueTimer : EffectPayload;
}
