namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/health</c>.</summary>
public static class HealthApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("HealthApi", "health");
}
