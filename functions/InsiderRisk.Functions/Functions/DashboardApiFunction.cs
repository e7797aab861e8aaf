namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/dashboard</c>.</summary>
public static class DashboardApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("DashboardApi", "dashboard");
}
