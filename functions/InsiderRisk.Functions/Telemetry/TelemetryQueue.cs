using System.Threading.Channels;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// The bounded in-memory hand-off between the code that emits events and the exporter. Adding never
/// waits: when no exporter is configured the event is not kept, and when the exporter falls behind by
/// <see cref="TelemetryExportOptions.QueueCapacity"/> items the newest is dropped (and counted) rather
/// than slowing a request or a function.
/// </summary>
public sealed class TelemetryQueue
{
    private readonly Channel<TelemetryItem>? channel;
    private long dropped;

    public TelemetryQueue(AppInsightsConnection? connection, TelemetryExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (connection is not null)
        {
            channel = Channel.CreateBounded<TelemetryItem>(
                new BoundedChannelOptions(options.QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
                _ => Interlocked.Increment(ref dropped));
        }
    }

    /// <summary>Whether events go anywhere beyond the log.</summary>
    public bool Exporting => channel is not null;

    /// <summary>Events dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public ChannelReader<TelemetryItem> Reader => channel?.Reader ?? throw new InvalidOperationException("Telemetry is not exported: no Application Insights connection string is set.");

    public void Add(TelemetryItem item) => channel?.Writer.TryWrite(item);

    /// <summary>No more events: the exporter drains what is queued and stops.</summary>
    public void Complete() => channel?.Writer.TryComplete();
}
