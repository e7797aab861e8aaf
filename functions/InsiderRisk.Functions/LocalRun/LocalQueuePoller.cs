using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Queues;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// One poll of one queue, as the host's queue listener does it: receive a batch hidden for the
/// visibility timeout (messages past their tries go to <c>{queue}-poison</c>), run the function for
/// each, delete it when the function succeeded, and leave it to come back (dequeue count + 1) when not.
/// </summary>
public sealed partial class LocalQueuePoller
{
    private readonly IQueueStore queues;
    private readonly LocalFunctionInvoker invoker;
    private readonly TimeProvider time;
    private readonly LocalRunOptions options;
    private readonly ILogger<LocalQueuePoller> logger;

    public LocalQueuePoller(IQueueStore queues, LocalFunctionInvoker invoker, TimeProvider time, IOptions<LocalRunOptions> options, ITelemetryEvents telemetry, ILogger<LocalQueuePoller> logger)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(telemetry);
        this.queues = new PoisonObservingQueueStore(queues, telemetry.MessagePoisoned);
        this.invoker = invoker;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Returns how many messages were handed to the function (succeeded or not).</summary>
    public async Task<int> PollAsync(LocalTrigger.Queue trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var messages = await queues.ReceiveOrPoisonAsync(
            trigger.QueueName, options.BatchSize, options.VisibilityTimeout, options.MaxDequeueCount, cancellationToken);
        foreach (var message in messages)
        {
            var (data, metadata) = LocalInvocations.ForMessage(trigger.Function.Trigger.Name, trigger.Function.Name, message, time.GetUtcNow());
            try
            {
                await invoker.InvokeAsync(trigger.Function, data, metadata, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, trigger.Function.Name, trigger.QueueName, message.DequeueCount, options.MaxDequeueCount);
                continue;
            }

            try
            {
                await queues.DeleteAsync(trigger.QueueName, message.MessageId, message.PopReceipt, cancellationToken);
            }
            catch (StorageException gone) when (gone.Kind == StorageErrorKind.NotFound)
            {
                // The run outlasted the visibility timeout and the message went out again; its function is idempotent.
                LogLateDelete(logger, trigger.Function.Name, trigger.QueueName);
            }
        }

        return messages.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} failed on a message of queue {Queue} (delivery {DequeueCount} of {MaxDequeueCount}); it comes back after its visibility timeout.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string queue, long dequeueCount, int maxDequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} finished after its message of queue {Queue} became visible again; it will be delivered once more.")]
    private static partial void LogLateDelete(ILogger logger, string function, string queue);
}
