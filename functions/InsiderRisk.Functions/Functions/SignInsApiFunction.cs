namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/signins/{signInId}/…</c> (sign-in risk and feedback).</summary>
public static class SignInsApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("SignInsApi", "signins");
}
