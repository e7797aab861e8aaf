namespace InsiderRisk.Domain.Cases;

/// <summary>
/// Why a command was rejected. <see cref="Code"/> names the broken rule in kebab-case and is stable
/// for callers; <see cref="Message"/> is for people.
/// </summary>
public sealed record DomainError(DomainErrorKind Kind, string Code, string Message);
