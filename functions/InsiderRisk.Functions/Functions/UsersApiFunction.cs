namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/users/{userId}/…</c> (risk, feedback, reveal).</summary>
public static class UsersApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("UsersApi", "users");
}
