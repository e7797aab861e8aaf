using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Platform.Settings;

/// <summary>
/// What admins change at run time through <c>PUT /api/settings</c> (stored in table <c>Settings</c>).
/// App settings (environment) give the defaults; a stored document overrides them.
/// </summary>
public sealed record AppSettings
{
    public bool PseudonymizeUsers { get; init; } = true;

    public BoosterSettings Boosters { get; init; } = new();

    /// <summary>Members of these groups (user ids or group names as the alert pipeline reports them) get the priority booster.</summary>
    public ImmutableArray<string> PriorityUserGroups { get; init; } = [];

    /// <summary>User ids flagged as potential high-impact users.</summary>
    public ImmutableArray<string> HighImpactUsers { get; init; } = [];

    public SlaHours SlaHours { get; init; } = new();

    public IntegrationSettings Integrations { get; init; } = new();

    /// <summary>Per-policy settings by policy name (e.g. auto-attach to the user's open case).</summary>
    public ImmutableDictionary<string, PolicySettings> Policies { get; init; } = ImmutableDictionary<string, PolicySettings>.Empty;

    public CasePolicy ToCasePolicy() => new(
        TimeSpan.FromHours(SlaHours.High),
        TimeSpan.FromHours(SlaHours.Medium),
        TimeSpan.FromHours(SlaHours.Low),
        Integrations.TeamsEnabled);

    public RiskScoringSettings ToRiskSettings(TimeSpan window) =>
        new(window, Boosters.PriorityUserGroupFactor, Boosters.PotentialHighImpactFactor);
}

public sealed record BoosterSettings(
    double PriorityUserGroupFactor = RiskScoringSettings.DefaultPriorityUserGroupFactor,
    double PotentialHighImpactFactor = RiskScoringSettings.DefaultPotentialHighImpactFactor);

public sealed record SlaHours(int High = 24, int Medium = 72, int Low = 168);

/// <summary>Switches for integrations whose use is a product choice rather than a configured endpoint.</summary>
public sealed record IntegrationSettings(bool TeamsEnabled = false, bool IdentityFeedbackEnabled = false, string Organization = "");

public sealed record PolicySettings(bool AutoAttachToOpenCase = false);
