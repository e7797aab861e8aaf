namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record ResolveRequest(string? Classification, string? ActionTaken);
