namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/audit</c>.</summary>
public static class AuditApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("AuditApi", "audit");
}
