namespace InsiderRisk.Domain.Privacy;

/// <summary>A user as a response shows them. Build it with <see cref="UserViews.Show"/>, never by hand.</summary>
public sealed record UserView(
    string Id,
    string? DisplayName,
    string? Email,
    string? Department,
    string? Manager,
    string? ManagerEmail);
