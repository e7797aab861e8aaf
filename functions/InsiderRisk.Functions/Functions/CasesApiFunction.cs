namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/cases</c> and everything under it (overview, notes, actions, history).</summary>
public static class CasesApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("CasesApi", "cases");
}
