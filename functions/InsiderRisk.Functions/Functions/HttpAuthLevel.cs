namespace InsiderRisk.Functions.Functions;

/// <summary>The host's key check for an HTTP function, written lowercase into function.json.</summary>
public enum HttpAuthLevel
{
    /// <summary>No function key: App Service Authentication and the app's own checks guard the route.</summary>
    Anonymous,
    Function,
    Admin,
}
