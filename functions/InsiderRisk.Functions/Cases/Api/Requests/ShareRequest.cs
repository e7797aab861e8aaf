namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record ShareRequest(string? Target, string? Recipient);
