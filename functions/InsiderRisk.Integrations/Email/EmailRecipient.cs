namespace InsiderRisk.Integrations.Email;

/// <summary>One address of an email, with the name mail clients show beside it.</summary>
public sealed record EmailRecipient(string Address, string? DisplayName = null);
