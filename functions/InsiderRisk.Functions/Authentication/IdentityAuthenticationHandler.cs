using System.Text.Encodings.Web;
using InsiderRisk.Functions.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Authentication;

/// <summary>
/// Reads the caller from the headers of the configured mode only: in EasyAuth mode <c>X-User</c> and
/// <c>X-Roles</c> mean nothing, in Development mode <c>X-MS-CLIENT-PRINCIPAL</c> means nothing.
/// Answers 401 (no or unusable identity), 400 (unknown role in Development mode) and 403 as problems.
/// </summary>
public sealed class IdentityAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<AuthOptions> authOptions,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "InsiderRisk";

    private const string UnknownRolesItem = "unknownRoles";

    private AuthMode Mode => authOptions.Value.ParsedMode ?? AuthMode.EasyAuth;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = Mode == AuthMode.EasyAuth ? EasyAuthIdentity.Read(Request.Headers) : DevelopmentIdentity.Read(Request.Headers);
        return Task.FromResult(identity switch
        {
            IdentityResult.Identified identified => AuthenticateResult.Success(new AuthenticationTicket(
                PrincipalClaims.ToClaimsPrincipal(identified.Principal, Mode.ToString()), SchemeName)),
            IdentityResult.Invalid invalid => AuthenticateResult.Fail(invalid.Reason),
            IdentityResult.UnknownRoles unknown => AuthenticateResult.Fail(
                "Unknown role names in X-Roles.",
                new AuthenticationProperties(new Dictionary<string, string?> { [UnknownRolesItem] = string.Join(", ", unknown.Names) })),
            _ => AuthenticateResult.NoResult(),
        });
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (result.Properties?.Items.TryGetValue(UnknownRolesItem, out var names) == true)
        {
            await WriteProblemAsync(StatusCodes.Status400BadRequest,
                $"{DevelopmentIdentity.RolesHeader} names unknown roles: {names}. Known roles: {string.Join(", ", Enum.GetNames<Domain.Access.Role>())}.");
            return;
        }

        var expected = Mode == AuthMode.EasyAuth
            ? $"App Service Authentication's {EasyAuthIdentity.PrincipalHeader} header"
            : $"{DevelopmentIdentity.UserHeader} (and optionally {DevelopmentIdentity.RolesHeader}) headers";
        var reason = result.Failure is null ? "No caller identity came with the request." : result.Failure.Message;
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, $"{reason} Auth mode {Mode} expects {expected}.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, null);

    private Task WriteProblemAsync(int status, string? detail)
    {
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        }).AsTask();
    }
}
