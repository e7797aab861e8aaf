namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/alerts</c> and everything under it (ingest, list, triage).</summary>
public static class AlertsApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("AlertsApi", "alerts");
}
