using InsiderRisk.Functions.Telemetry;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>
/// The telemetry services as the app wires them, without the rest of the app: events in, the real
/// exporter running in the background, stopped (and flushed) by <see cref="StopAsync"/>.
/// </summary>
internal sealed class ExporterHarness : IAsyncDisposable
{
    private readonly ILoggerFactory loggers;
    private readonly TelemetryExporter exporter;
    private bool stopped;

    public ExporterHarness(AppInsightsConnection? connection, TelemetryExportOptions options, TelemetryCredentials? credentials = null)
    {
        loggers = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        var setup = new TelemetrySetup(connection, new TelemetryRole("insiderrisk-test", "instance-1"));
        Queue = new TelemetryQueue(connection, options);
        Events = new TelemetryEvents(Queue, TimeProvider.System, loggers.CreateLogger<TelemetryEvents>());
        exporter = new TelemetryExporter(Queue, setup, options, credentials ?? TelemetryCredentials.Azure, loggers.CreateLogger<TelemetryExporter>());
    }

    public TestLogSink Logs { get; } = new();

    public TelemetryQueue Queue { get; }

    public ITelemetryEvents Events { get; }

    public Task StartAsync() => exporter.StartAsync(CancellationToken.None);

    public async Task StopAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await exporter.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        exporter.Dispose();
        loggers.Dispose();
    }
}
