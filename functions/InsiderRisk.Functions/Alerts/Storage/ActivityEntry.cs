using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>One thing a user did, as their timeline (table <c>Activities</c>) lists it.</summary>
public sealed record ActivityEntry(
    AlertId AlertId,
    int Index,
    string Type,
    DateTimeOffset Time,
    int RiskScore,
    string? Detail,
    string Policy);
