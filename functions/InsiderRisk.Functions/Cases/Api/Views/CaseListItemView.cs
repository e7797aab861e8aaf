using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary>One case in <c>GET /api/cases</c>; <see cref="User"/> is the id responses show (a pseudonym unless that is switched off).</summary>
public sealed record CaseListItemView(
    string CaseId,
    string Name,
    CaseStatus Status,
    string User,
    DateTimeOffset OpenedAt,
    int TotalPolicyAlerts,
    DateTimeOffset LastUpdatedAt,
    string LastUpdatedBy,
    bool Overdue);
