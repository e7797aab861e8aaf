namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// <c>AzureWebJobsStorage</c> (a connection string) and its identity-based form
/// (<c>AzureWebJobsStorage__accountName</c> or <c>__tableServiceUri</c>/<c>__queueServiceUri</c>).
/// The connection string may hold an account key: it is never logged or shown.
/// </summary>
public sealed class StorageOptions
{
    public const string Setting = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }

    public string? AccountName { get; set; }

    public string? TableServiceUri { get; set; }

    public string? QueueServiceUri { get; set; }

    public bool UsesIdentity =>
        !string.IsNullOrWhiteSpace(AccountName) || !string.IsNullOrWhiteSpace(TableServiceUri) || !string.IsNullOrWhiteSpace(QueueServiceUri);

    /// <summary>Null when the connection string is neither empty nor a storage connection string.</summary>
    public StoreKind? Kind => string.IsNullOrWhiteSpace(ConnectionString)
        ? UsesIdentity ? StoreKind.Azure : StoreKind.EmbeddedSqlite
        : StorageConnectionString.KindOf(ConnectionString);
}
