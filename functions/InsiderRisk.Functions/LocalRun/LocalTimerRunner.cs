namespace InsiderRisk.Functions.LocalRun;

/// <summary>Fires the timer functions whose time has come, with the timer info the host would send.</summary>
public sealed partial class LocalTimerRunner(LocalFunctionInvoker invoker, TimeProvider time, ILogger<LocalTimerRunner> logger)
{
    public async Task FireDueAsync(IEnumerable<LocalTimer> timers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers.Where(timer => timer.IsDue(time.GetUtcNow())).ToList())
        {
            await FireAsync(timer, cancellationToken);
        }
    }

    private async Task FireAsync(LocalTimer timer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var function = timer.Trigger.Function;
        var (data, metadata) = LocalInvocations.ForTimer(function.Trigger.Name, function.Name, timer.Last, timer.Next!.Value, timer.IsPastDue(now), now);
        timer.Fired(now);
        try
        {
            await invoker.InvokeAsync(function, data, metadata, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Like the host: a failed timer run is logged and the schedule goes on.
            LogTimerFailed(logger, exception, function.Name, timer.Next);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; it runs again at {Next}.")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, string function, DateTimeOffset? next);
}
