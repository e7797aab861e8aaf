namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record ContributorRequest(string? UserId);
