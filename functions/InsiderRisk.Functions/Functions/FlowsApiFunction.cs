namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/flows</c>, the configured flow names (the connector's flow picker).</summary>
public static class FlowsApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("FlowsApi", "flows");
}
