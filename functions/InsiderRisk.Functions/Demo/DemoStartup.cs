using InsiderRisk.Functions.Platform.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InsiderRisk.Functions.Demo;

/// <summary>
/// Loads the demo data after the app has started, when asked to (<see cref="DemoRequest"/>), and then
/// prints a few requests to try. A failure is logged and leaves the app running.
/// </summary>
public sealed partial class DemoStartup(
    DemoRequest request,
    IServiceScopeFactory scopes,
    StoreInitializer store,
    IServer server,
    ILogger<DemoStartup> logger) : BackgroundService
{
    private readonly TaskCompletionSource<bool> loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the load finished: true = loaded now, false = not asked or already there.</summary>
    public Task<bool> Completion => loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!request.Requested)
        {
            loaded.TrySetResult(false);
            return;
        }

        try
        {
            await WaitForStoreAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var loadedNow = await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(stoppingToken);
            LogTryThis(logger, DemoTryThis.Text(BaseUrl()));
            loaded.TrySetResult(loadedNow);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
            loaded.TrySetException(exception);
        }
        catch (OperationCanceledException)
        {
            loaded.TrySetCanceled(stoppingToken);
        }
    }

    private async Task WaitForStoreAsync(CancellationToken stoppingToken)
    {
        while (!store.IsReady)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        }
    }

    private string BaseUrl() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? Hosting.ListenAddress.LocalDefault;

    [LoggerMessage(Level = LogLevel.Information, Message = "{TryThis}")]
    private static partial void LogTryThis(ILogger logger, string tryThis);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the demo data failed; the app runs on without it. Start again with --demo to finish the load.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
