using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Bench.AppHost;

/// <summary>
/// The app's service provider on a <see cref="BenchStore"/>: a web application builder with the app's
/// registrations (<see cref="AppRegistrations"/>), its store chosen by the same settings, its tables and
/// queues created by its own <see cref="StoreInitializer"/>, and its options validated as at start-up.
/// The host is never run: the local-run trigger loop (timers, queue pollers) and the other hosted
/// services would do work of their own in the middle of a measurement.
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private static readonly TimeSpan StoreReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly WebApplication app;

    private BenchApp(WebApplication application) => app = application;

    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Builds and prepares the app on <paramref name="store"/>. <paramref name="configure"/> runs after the
    /// app's registrations (e.g. to decorate a store with a recorder); the app's own services stay as they are.
    /// </summary>
    public static async Task<BenchApp> StartAsync(BenchStore store, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = store.DataDirectory,
        });
        builder.Configuration.AddInMemoryCollection(BenchSettings(store));
        builder.Services.AddInsiderRiskApp();
        configure?.Invoke(builder.Services);
        var bench = new BenchApp(builder.Build());
        try
        {
            bench.Services.GetService<IStartupValidator>()?.Validate();
            await bench.CreateStoreAsync(cancellationToken);
            return bench;
        }
        catch
        {
            await bench.DisposeAsync();
            throw;
        }
    }

    public AsyncServiceScope CreateScope() => app.Services.CreateAsyncScope();

    /// <summary>
    /// One invocation of a non-HTTP function as the app's dispatcher runs it: a scope of its own, the
    /// handler registered under the function's name, the invocation's <c>Data</c> keyed by binding name.
    /// </summary>
    public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, JsonElement data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        await using var scope = CreateScope();
        var handler = scope.ServiceProvider.GetServices<IFunctionHandler>()
            .FirstOrDefault(candidate => string.Equals(candidate.FunctionName, function.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The app registers no handler for function '{function.Name}'.");
        return await handler.HandleAsync(new InvocationContext(function, data, InvocationMetadata.None, cancellationToken));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    // Pinned like the app's tests pin them, so the machine's environment cannot change the run; the
    // app's per-batch information logs would otherwise be console writes inside the timed work.
    private static Dictionary<string, string?> BenchSettings(BenchStore store) => new(store.Settings)
    {
        ["WEBSITE_INSTANCE_ID"] = string.Empty,
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = string.Empty,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private async Task CreateStoreAsync(CancellationToken cancellationToken)
    {
        var initializer = Services.GetRequiredService<StoreInitializer>();
        await initializer.StartAsync(cancellationToken);
        var deadline = DateTimeOffset.UtcNow + StoreReadyTimeout;
        while (!initializer.IsReady)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The app's store was not ready after {StoreReadyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(50, cancellationToken);
        }

        await initializer.StopAsync(cancellationToken);
    }
}
