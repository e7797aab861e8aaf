using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>What a request's identity headers say.</summary>
public abstract record IdentityResult
{
    private IdentityResult()
    {
    }

    /// <summary>No identity headers: 401 wherever an identity is required.</summary>
    public sealed record Missing : IdentityResult;

    public sealed record Identified(Principal Principal) : IdentityResult;

    /// <summary>Headers present but unusable (malformed, no user id): 401. The reason names no identity.</summary>
    public sealed record Invalid(string Reason) : IdentityResult;

    /// <summary>Development mode only: roles named that do not exist, answered 400 naming them.</summary>
    public sealed record UnknownRoles(IReadOnlyList<string> Names) : IdentityResult;
}
