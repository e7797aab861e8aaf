namespace InsiderRisk.Domain.Privacy;

/// <summary>A user's real identity as the directory knows it. Lives in the store only.</summary>
public sealed record UserIdentity(
    string Id,
    string? DisplayName,
    string? Email,
    string? Department,
    string? Manager,
    string? ManagerEmail);
