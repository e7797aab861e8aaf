using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Platform.Storage;

/// <summary>
/// Creates every declared table and queue (creating an existing one is harmless). The app waits for
/// it briefly at startup — the Functions host gives a custom handler about 30 s to answer — and, if
/// the store is not reachable yet, keeps trying in the background while /api/health reports it.
/// </summary>
public sealed class StoreInitializer(
    ITableStore tables,
    IQueueStore queues,
    ICaseEventStore cases,
    AlertStore alerts,
    IEnumerable<RequiredTable> requiredTables,
    IEnumerable<RequiredQueue> requiredQueues,
    ILogger<StoreInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await Task.WhenAny(ready.Task, Task.Delay(StartupWait, cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CreateAllAsync(stoppingToken);
                ready.TrySetResult();
                logger.LogInformation("Store ready: {Tables} tables and {Queues} queues.", requiredTables.Count(), requiredQueues.Count());
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(error, "The store is not reachable yet; trying again in {Seconds} s.", RetryEvery.TotalSeconds);
            }

            await Task.Delay(RetryEvery, stoppingToken);
        }
    }

    private async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        if (cases is TableCaseEventStore tableCases)
        {
            await tableCases.CreateTablesAsync(cancellationToken);
        }

        await alerts.CreateTablesAsync(cancellationToken);
        foreach (var name in requiredTables.Select(t => t.Name).Distinct(StringComparer.Ordinal))
        {
            await tables.CreateTableIfNotExistsAsync(name, cancellationToken);
        }

        foreach (var name in requiredQueues.Select(q => q.Name).Distinct(StringComparer.Ordinal))
        {
            await queues.CreateQueueIfNotExistsAsync(name, cancellationToken);
            await queues.CreateQueueIfNotExistsAsync($"{name}-poison", cancellationToken);
        }
    }
}
