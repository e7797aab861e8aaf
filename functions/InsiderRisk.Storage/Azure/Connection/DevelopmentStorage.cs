namespace InsiderRisk.Storage.Azure.Connection;

/// <summary>The emulator's published defaults (Azurite's README): one well-known account and key.</summary>
public static class DevelopmentStorage
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Published with the emulator; not a secret.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const int BlobPort = 10000;

    public const int QueuePort = 10001;

    public const int TablePort = 10002;

    /// <summary>A connection string with explicit path-style endpoints on 127.0.0.1.</summary>
    public static string ConnectionString(int blobPort = BlobPort, int queuePort = QueuePort, int tablePort = TablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";
}
