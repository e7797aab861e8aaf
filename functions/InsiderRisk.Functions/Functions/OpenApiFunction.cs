namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/openapi/v2.json</c>, the document the Power Automate connector imports.</summary>
public static class OpenApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("OpenApi", "openapi");
}
