namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/settings</c>.</summary>
public static class SettingsApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("SettingsApi", "settings");
}
