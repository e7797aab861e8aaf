namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary>A contributor (staff, not an investigated user): shown by the id they sign in with.</summary>
public sealed record ContributorView(string UserId);
