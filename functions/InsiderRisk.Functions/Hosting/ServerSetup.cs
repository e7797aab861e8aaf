using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.Hosting;

/// <summary>Configuration sources, listen address and server limits of the web host.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder ConfigureInsiderRiskServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!HostingFacts.From(builder.Configuration).UnderFunctionsHost)
        {
            var localSettings = Path.Combine(builder.Environment.ContentRootPath, LocalSettingsFile.FileName);
            builder.Configuration.AddInMemoryCollection(LocalSettingsFile.ReadMissing(localSettings, builder.Configuration));
        }

        if (ListenAddress.Resolve(builder.Configuration) is { } url)
        {
            builder.WebHost.UseUrls(url);
        }

        // Request logs carry paths, and paths carry user ids: keep the framework's to warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        return builder;
    }
}
