using System.Diagnostics;
using System.Threading.Channels;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>How the exporter cuts the queue into batches.</summary>
internal static class TelemetryBatches
{
    /// <summary>
    /// What is queued now, then whatever arrives until the batch holds <paramref name="maxSize"/> items,
    /// <paramref name="interval"/> has passed, or the queue is completed (stopping: send at once).
    /// </summary>
    public static async Task<List<TelemetryItem>> CollectAsync(
        ChannelReader<TelemetryItem> reader, int maxSize, TimeSpan interval, CancellationToken cancellationToken)
    {
        var batch = new List<TelemetryItem>(maxSize);
        var started = Stopwatch.GetTimestamp();
        while (batch.Count < maxSize)
        {
            if (reader.TryRead(out var item))
            {
                batch.Add(item);
                continue;
            }

            var remaining = interval - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(remaining);
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return batch;
    }
}
