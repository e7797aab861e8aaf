using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Health;

/// <summary>Whether the configured store answers right now.</summary>
public interface IStoreProbe
{
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}

/// <summary>One point read with a short deadline: any answer from the store (even "no such row") means it is reachable.</summary>
public sealed class StoreProbe(ITableStore tables, ILogger<StoreProbe> logger) : IStoreProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await tables.GetAsync(TableSettingsStore.Table, "health", "probe", cancellationToken: deadline.Token);
            return true;
        }
        catch (StorageException error) when (error.Kind == StorageErrorKind.NotFound)
        {
            return true;
        }
#pragma warning disable CA1031 // A probe reports any failure to reach the store (network, credentials, timeout) as "not reachable".
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning("Store probe failed: {Error}", error.GetType().Name);
            return false;
        }
    }
}
