using System.Collections.Concurrent;
using InsiderRisk.Functions.Telemetry;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>Keeps the telemetry-contract events the app emits, with their structured fields.</summary>
public sealed class TelemetryCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<TelemetryEvent> events = new();

    public IReadOnlyList<TelemetryEvent> Events => [.. events];

    public IReadOnlyList<TelemetryEvent> Named(string name) => [.. events.Where(e => e.Name == name)];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(TelemetryCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is TelemetryEvent telemetry)
            {
                capture.events.Enqueue(telemetry);
            }
        }
    }
}
