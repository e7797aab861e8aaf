using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace InsiderRisk.Integrations.Graph;

/// <summary>Builds the <see cref="GraphServiceClient"/> every Graph handler shares.</summary>
public static class GraphClients
{
    /// <param name="transport">The innermost handler; null = a pooled socket handler.</param>
    public static GraphServiceClient Create(GraphSettings settings, TokenCredential credential, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseUri = settings.BaseUri;

        // The SDK's retry handler would sleep through Retry-After inside the function invocation;
        // without it a 429/503 comes back to the effect runner, which schedules the retry durably.
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions())
            .Where(handler => handler is not RetryHandler)
            .Append(new NonJsonErrorHandler())
            .ToList();
        var http = GraphClientFactory.Create(
            handlers,
            finalHandler: transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.BaseAddress = baseUri;
        http.Timeout = settings.Timeout;

        // Tokens go only to the configured Graph host (which also lets a loopback test server receive them).
        var authentication = new AzureIdentityAuthenticationProvider(
            credential,
            allowedHosts: [baseUri.Host],
            observabilityOptions: null,
            isCaeEnabled: true,
            scopes: [settings.Scope]);
        return new GraphServiceClient(http, authentication, baseUri.AbsoluteUri.TrimEnd('/'));
    }
}
