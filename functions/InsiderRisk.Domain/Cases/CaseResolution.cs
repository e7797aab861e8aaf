namespace InsiderRisk.Domain.Cases;

public sealed record CaseResolution(
    CaseClassification Classification,
    string ActionTaken,
    DateTimeOffset ResolvedAt,
    string ResolvedBy);
