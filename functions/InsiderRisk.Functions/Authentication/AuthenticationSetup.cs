using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace InsiderRisk.Functions.Authentication;

public static class AuthenticationSetup
{
    /// <summary>
    /// Every endpoint requires an authenticated caller unless it opts out with <c>AllowAnonymous</c>
    /// (health, the host's invocation routes): a route added later is protected without remembering to.
    /// </summary>
    public static IServiceCollection AddIdentityAuthentication(this IServiceCollection services)
    {
        // The core services only: full AddAuthentication also brings Data Protection, whose key ring
        // this app (no cookies, no tokens of its own) would create and write to disk for nothing.
        services.AddAuthenticationCore(options =>
        {
            options.DefaultScheme = IdentityAuthenticationHandler.SchemeName;
            options.AddScheme<IdentityAuthenticationHandler>(IdentityAuthenticationHandler.SchemeName, displayName: null);
        });
        services.AddWebEncoders();
        services.AddOptions<AuthenticationSchemeOptions>(IdentityAuthenticationHandler.SchemeName);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(IdentityAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        return services;
    }
}
