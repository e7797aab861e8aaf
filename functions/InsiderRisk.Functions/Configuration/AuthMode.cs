namespace InsiderRisk.Functions.Configuration;

/// <summary>Where the caller's identity comes from.</summary>
public enum AuthMode
{
    /// <summary>App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header.</summary>
    EasyAuth,

    /// <summary><c>X-User</c> and <c>X-Roles</c> headers; local runs only.</summary>
    Development,
}
