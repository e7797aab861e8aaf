using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Storage.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// The Functions host's trigger side for the local run (<c>dotnet run</c>, no host): polls the queues
/// of the registered queue and Service Bus functions and fires the timer functions on their schedules.
/// Off under the host and with <c>LocalRun:Enabled=false</c>; when the setting is absent, on when a real
/// server (Kestrel) serves the app, off in an in-memory test host. Stops with the app; a message
/// whose run was cut short stays in its queue and comes back.
/// </summary>
public sealed partial class LocalTriggerLoop(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    HostingFacts hosting,
    IOptions<LocalRunOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    IQueueStore queues,
    LocalQueuePoller poller,
    LocalTimerRunner timerRunner,
    TimeProvider time,
    ILogger<LocalTriggerLoop> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRest = TimeSpan.FromSeconds(30);

    /// <summary>The triggers the loop runs; empty when it is off.</summary>
    public IReadOnlyList<LocalTrigger> Triggers { get; private set; } = [];

    /// <summary>Whether the loop runs; when <c>LocalRun:Enabled</c> is unset this is known once the server listens.</summary>
    public bool IsActive => MayRun && (options.Value.Enabled ?? ServesNetwork());

    private bool MayRun => !hosting.UnderFunctionsHost && options.Value.Enabled != false;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (MayRun)
        {
            using var scope = scopes.CreateScope();
            var names = scope.ServiceProvider.GetServices<IFunctionHandler>().Select(handler => handler.FunctionName);
            Triggers = LocalTriggers.Discover(names, configuration);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!MayRun || !await lifetime.StartedAsync(stoppingToken) || !IsActive)
        {
            return;
        }

        var timers = Triggers.OfType<LocalTrigger.Timer>().Select(trigger => new LocalTimer(trigger, time.GetUtcNow())).ToList();
        var failures = 0;
        var queuesReady = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                if (!queuesReady)
                {
                    foreach (var trigger in Triggers.OfType<LocalTrigger.Queue>())
                    {
                        await queues.CreateQueueIfNotExistsAsync(trigger.QueueName, stoppingToken);
                    }

                    queuesReady = true;
                }

                foreach (var trigger in Triggers.OfType<LocalTrigger.Queue>())
                {
                    busy |= await poller.PollAsync(trigger, stoppingToken) > 0;
                }

                await timerRunner.FireDueAsync(timers, stoppingToken);

                failures = 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                LogPollFailed(logger, exception, failures);
            }

            if (!busy || failures > 0)
            {
                await RestAsync(failures, stoppingToken);
            }
        }
    }

    /// <summary>
    /// A real server (Kestrel, HTTP.sys, IIS: the <c>Microsoft.AspNetCore.Server.*</c> namespaces), not the
    /// in-memory test host, whose addresses are only configured ones.
    /// </summary>
    private bool ServesNetwork() => server.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Server.", StringComparison.Ordinal) == true;

    private async Task RestAsync(int failures, CancellationToken stoppingToken)
    {
        var rest = options.Value.PollInterval * Math.Pow(2, Math.Min(failures, 10));
        try
        {
            await Task.Delay(rest < MaxRest ? rest : MaxRest, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local trigger loop could not poll ({Failures} times in a row); it rests and tries again.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, int failures);
}
