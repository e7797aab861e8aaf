using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>What every caller command carries besides its own fields: the case, now, the caller, the request id.</summary>
public sealed record CommandStamp(CaseId CaseId, DateTimeOffset At, string By, string? RequestId);
