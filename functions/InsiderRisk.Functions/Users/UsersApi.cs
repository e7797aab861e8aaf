namespace InsiderRisk.Functions.Users;

/// <summary>
/// <c>/api/users/{userId}/…</c> (risk, risk feedback, reveal) and <c>/api/signins/{signInId}/…</c>
/// (sign-in risk and feedback). Reading risk needs ViewCases; feedback needs RiskFeedback; reveal
/// needs RevealIdentity.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/users/{userId}").WithTags("Users");
        users.MapGet("/risk", UserRiskEndpoints.GetRiskAsync)
            .WithName("GetUserRisk")
            .WithSummary("The user's risk score, level, state and processing state, with each counted alert's contribution.");
        users.MapPost("/risk/confirm-compromised", UserRiskEndpoints.ConfirmCompromisedAsync)
            .WithName("ConfirmUserCompromised")
            .WithSummary("Feedback: the user is compromised (High until dismissed). 202; applied by the risk processor.");
        users.MapPost("/risk/dismiss", UserRiskEndpoints.DismissAsync)
            .WithName("DismissUserRisk")
            .WithSummary("Feedback: dismiss the user's risk (irreversible: only later alerts count). 202.");
        users.MapPost("/reveal", RevealEndpoint.RevealAsync)
            .WithName("RevealUser")
            .WithSummary("The real identity behind a pseudonym, for Investigators, with a reason that is audited.");

        var signIns = endpoints.MapGroup("/api/signins/{signInId}").WithTags("Users");
        signIns.MapGet("/risk", SignInEndpoints.GetRiskAsync)
            .WithName("GetSignInRisk")
            .WithSummary("A sign-in's aggregate risk level and state.");
        signIns.MapPost("/confirm-safe", SignInEndpoints.ConfirmSafeAsync)
            .WithName("ConfirmSignInSafe")
            .WithSummary("Feedback: the sign-in was not compromised; its detections stop counting. 202.");
        signIns.MapPost("/confirm-compromised", SignInEndpoints.ConfirmCompromisedAsync)
            .WithName("ConfirmSignInCompromised")
            .WithSummary("Feedback: the sign-in was compromised; sign-in and user go High. 202.");
        return endpoints;
    }
}
