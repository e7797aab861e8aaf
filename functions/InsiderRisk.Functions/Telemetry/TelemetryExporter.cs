namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// Drains <see cref="TelemetryQueue"/> in the background: batches of up to
/// <see cref="TelemetryExportOptions.MaxBatchSize"/> events, or what came within
/// <see cref="TelemetryExportOptions.FlushInterval"/>, sent one at a time; items a 206 answer rejected as
/// transient are sent again a few times; whatever is still lost is dropped with a log line. On stop it
/// sends what is queued, for at most <see cref="TelemetryExportOptions.ShutdownFlushTimeout"/>.
/// </summary>
public sealed partial class TelemetryExporter(
    TelemetryQueue queue,
    TelemetrySetup setup,
    TelemetryExportOptions options,
    TelemetryCredentials credentials,
    ILogger<TelemetryExporter> logger) : BackgroundService
{
    private readonly CancellationTokenSource abort = new();
    private long droppedReported;
    private bool disposed;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(options.ShutdownFlushTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                LogFlushCut(logger, options.ShutdownFlushTimeout.TotalSeconds);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                LogFlushCut(logger, options.ShutdownFlushTimeout.TotalSeconds);
            }
        }

        if (!disposed)
        {
            await abort.CancelAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    /// <summary>The host may dispose the service before it stops it (a test host torn down early); stopping then only drains.</summary>
    public override void Dispose()
    {
        disposed = true;
        abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (setup.Connection is not { } connection)
        {
            return;
        }

        var sender = new AppInsightsSender(connection, setup.Role, options, credentials);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, abort.Token);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stop.Token))
            {
                var batch = await TelemetryBatches.CollectAsync(queue.Reader, options.MaxBatchSize, options.FlushInterval, stop.Token);
                await DeliverAsync(sender, batch, stop.Token);
                ReportQueueDrops();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped past the flush deadline: what is still queued is lost, as the stop log said.
        }
    }

    private async Task DeliverAsync(AppInsightsSender sender, IReadOnlyList<TelemetryItem> batch, CancellationToken cancellationToken)
    {
        var pending = batch;
        for (var resend = 0; pending.Count > 0; resend++)
        {
            var result = await sender.SendAsync(pending, cancellationToken);
            if (result.Lost > 0)
            {
                LogLost(logger, result.Lost, result.Why ?? "unknown");
            }

            if (result.Resend.Count == 0)
            {
                return;
            }

            if (resend >= options.MaxPartialResends)
            {
                LogLost(logger, result.Resend.Count, "the ingestion endpoint kept refusing them as transient");
                return;
            }

            await Task.Delay(options.RetryDelay * (1 << resend), cancellationToken);
            pending = result.Resend;
        }
    }

    private void ReportQueueDrops()
    {
        var dropped = queue.Dropped;
        if (dropped > droppedReported)
        {
            LogQueueFull(logger, dropped - droppedReported, options.QueueCapacity);
            droppedReported = dropped;
        }
    }

    [LoggerMessage(EventId = 9010, Level = LogLevel.Warning, Message = "Telemetry: {Count} events dropped: {Why}.")]
    private static partial void LogLost(ILogger logger, int count, string why);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Warning, Message = "Telemetry: {Count} events dropped: more than {Capacity} were waiting to be sent.")]
    private static partial void LogQueueFull(ILogger logger, long count, int capacity);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Warning, Message = "Telemetry: stopping before the queued events were sent (waited {Seconds} s); the rest are dropped.")]
    private static partial void LogFlushCut(ILogger logger, double seconds);
}
