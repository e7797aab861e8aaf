namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record FlowRequest(string? FlowName);
