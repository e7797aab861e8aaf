namespace InsiderRisk.Functions.Configuration;

/// <summary>Which store <c>AzureWebJobsStorage</c> selects.</summary>
public enum StoreKind
{
    /// <summary>Nothing configured: one SQLite file in the data directory.</summary>
    EmbeddedSqlite,

    /// <summary>The local emulator (<c>UseDevelopmentStorage=true</c> or the emulator's account).</summary>
    Azurite,

    /// <summary>A storage account: connection string, or <c>__accountName</c> with a managed identity.</summary>
    Azure,
}
