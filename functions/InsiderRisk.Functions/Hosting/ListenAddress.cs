using System.Globalization;
using InsiderRisk.Functions.Configuration;
using Microsoft.AspNetCore.Hosting;

namespace InsiderRisk.Functions.Hosting;

/// <summary>
/// Where the server listens. Under the Functions host: <c>127.0.0.1:&lt;FUNCTIONS_CUSTOMHANDLER_PORT&gt;</c>
/// only, whatever else is configured, so nothing but the host reaches the invocation routes. On its
/// own: <c>ASPNETCORE_URLS</c>/<c>--urls</c> when given, else the port Core Tools uses (7071).
/// </summary>
public static class ListenAddress
{
    public const string LocalDefault = "http://localhost:7071";

    /// <summary>The URL to listen on, or null to keep the configured <c>urls</c>.</summary>
    public static string? Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var port = configuration[HostingFacts.CustomHandlerPortSetting];
        if (!string.IsNullOrWhiteSpace(port))
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                throw new InvalidOperationException(
                    $"{HostingFacts.CustomHandlerPortSetting} must be a TCP port (1-65535), not '{port}'.");
            }

            return $"http://127.0.0.1:{number.ToString(CultureInfo.InvariantCulture)}";
        }

        return string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]) ? LocalDefault : null;
    }
}
