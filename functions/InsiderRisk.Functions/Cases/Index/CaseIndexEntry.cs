using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>One case as the case queue shows it.</summary>
public sealed record CaseIndexEntry(
    CaseId CaseId,
    string Name,
    CaseStatus Status,
    UserPseudonym User,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastUpdatedAt,
    string LastUpdatedBy,
    int TotalPolicyAlerts,
    bool Overdue,
    DateTimeOffset? ClosedAt,
    long Version);
