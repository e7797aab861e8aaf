using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>The authenticated caller of a request, for the domain's authorizer.</summary>
public static class HttpContextPrincipalExtensions
{
    /// <summary>The caller; throws when the endpoint let an anonymous request through (a mapping mistake, not caller input).</summary>
    public static Principal GetPrincipal(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PrincipalClaims.ToPrincipal(context.User)
            ?? throw new InvalidOperationException(
                "The request has no authenticated caller: the endpoint must not allow anonymous access to read one.");
    }

    public static Principal? TryGetPrincipal(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PrincipalClaims.ToPrincipal(context.User);
    }
}
