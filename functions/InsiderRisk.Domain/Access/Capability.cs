namespace InsiderRisk.Domain.Access;

/// <summary>What a caller may do: one value per row of the permission table in DOMAIN.md.</summary>
public enum Capability
{
    /// <summary>View alerts, cases, notes and the user's activity.</summary>
    ViewCases,

    /// <summary>Confirm or dismiss alerts.</summary>
    TriageAlerts,

    /// <summary>Add notes, send a notice, escalate, share, run a flow, create a Teams team, resolve.</summary>
    ActOnCase,

    /// <summary>Add a case's contributors.</summary>
    EditContributors,

    /// <summary>View content items (files and messages).</summary>
    ViewContent,

    /// <summary>Reveal a pseudonymized identity (audited, needs a reason).</summary>
    RevealIdentity,

    /// <summary>Give risk feedback on a user or a sign-in.</summary>
    RiskFeedback,

    /// <summary>Manage notice templates, policy settings and boosters.</summary>
    Administer,

    /// <summary>Read the audit log.</summary>
    ReadAudit,
}
