namespace InsiderRisk.Functions.Functions;

/// <summary>
/// Builds the HTTP function of one API area. Every method is accepted and every path under the
/// area is caught, so the app itself answers 404/405 as problem+json instead of the host's bare
/// 404; the app's route groups decide what exists. No function key: App Service Authentication
/// and the app's authentication guard the API.
/// </summary>
public static class ApiFunction
{
    public static readonly IReadOnlyList<string> AllMethods = ["get", "post", "put", "patch", "delete"];

    public static FunctionDefinition ForArea(string name, string area) =>
        WithRoute(name, $"{area}/{{*path}}");

    public static FunctionDefinition WithRoute(string name, string route) =>
        new(name, new TriggerBinding.Http(route, AllMethods, HttpAuthLevel.Anonymous));
}
