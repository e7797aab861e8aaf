using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary><c>GET /api/cases/{caseId}</c>: the list fields, the user as responses may show them, risk, outcome and alerts.</summary>
public sealed record CaseOverviewView(
    string CaseId,
    string Name,
    CaseStatus Status,
    UserView User,
    DateTimeOffset OpenedAt,
    int TotalPolicyAlerts,
    DateTimeOffset LastUpdatedAt,
    string LastUpdatedBy,
    bool Overdue,
    int? RiskScore,
    RiskLevel? RiskLevel,
    CaseClassification? Classification,
    CaseEscalationView? Escalation,
    string? TeamId,
    DateTimeOffset? DueAt,
    IReadOnlyList<CaseAlertView> Alerts);
