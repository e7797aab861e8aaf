using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>Collects every log line (message and structured values) so tests can check what never appears.</summary>
internal sealed class LogRecorder
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public string All => string.Join('\n', lines);

    public ILogger<T> For<T>() => new Logger<T>(lines);

    private sealed class Logger<T>(ConcurrentQueue<string> lines) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : "";
            lines.Enqueue($"{logLevel} {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
