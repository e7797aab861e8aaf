using Azure.Core.Pipeline;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>How the exporter batches and retries; the defaults suit Azure, tests shorten the waits.</summary>
public sealed record TelemetryExportOptions
{
    /// <summary>Events kept while the exporter catches up; beyond it new events are dropped.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>Events per POST.</summary>
    public int MaxBatchSize { get; init; } = 100;

    /// <summary>How long a partial batch waits for more events before it is sent.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries of one POST on 408/429/500/502/503/504 or a timeout (Retry-After honoured).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's back-off when the service gives no Retry-After; doubles per retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between tries, whatever Retry-After asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one try may take.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times the items a 206 answer rejected as transient are sent again.</summary>
    public int MaxPartialResends { get; init; } = 3;

    /// <summary>How long shutdown waits for the last batches.</summary>
    public TimeSpan ShutdownFlushTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The HTTP transport; null for Azure.Core's default (tests route to a loopback endpoint).</summary>
    public HttpPipelineTransport? Transport { get; init; }
}
