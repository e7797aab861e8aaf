namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record EscalateRequest(string? InvestigationName, string? Notes);
