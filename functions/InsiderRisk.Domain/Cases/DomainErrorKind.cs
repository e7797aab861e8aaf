namespace InsiderRisk.Domain.Cases;

/// <summary>How a rejected command answers: Invalid → 400, NotFound → 404, Conflict → 409.</summary>
public enum DomainErrorKind
{
    Invalid,
    NotFound,
    Conflict,
}
