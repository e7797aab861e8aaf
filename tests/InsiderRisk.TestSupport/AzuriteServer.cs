using System.ComponentModel;
using System.Diagnostics;
using InsiderRisk.Storage.Azure.Connection;

namespace InsiderRisk.TestSupport;

/// <summary>
/// A real Azurite (the version pinned in the repository's package.json) on free loopback ports,
/// in memory, started by the tests themselves and stopped (with its process tree) on dispose.
/// If it cannot start, <see cref="StartAsync"/> throws an <see cref="AzuriteStartException"/> that
/// says why (npm or node missing, install failure, exit code, the tail of its output, timeout).
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string workDirectory;

    private AzuriteServer(Process node, string workFolder, int blobPort, int queuePort, int tablePort)
    {
        process = node;
        workDirectory = workFolder;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>Explicit path-style endpoints with the emulator's well-known account and key.</summary>
    public string ConnectionString => DevelopmentStorage.ConnectionString(BlobPort, QueuePort, TablePort);

    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{DevelopmentStorage.AccountName}");

    public Uri QueueEndpoint => new($"http://127.0.0.1:{QueuePort}/{DevelopmentStorage.AccountName}");

    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        await NpmInstaller.EnsureAzuriteAsync(root, cancellationToken);

        // A freed port can be taken again before Azurite binds it: try fresh ports a few times.
        AzuriteStartException? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                return await StartOnceAsync(root, cancellationToken);
            }
            catch (AzuriteStartException ex) when (ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                last = ex;
            }
        }

        throw last!;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Stop();
        await process.WaitForExitAsync();
        process.Dispose();
        TryDelete(workDirectory);
    }

    private static async Task<AzuriteServer> StartOnceAsync(string root, CancellationToken cancellationToken)
    {
        var ports = FreePorts.Take(3);
        var workDirectory = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = AzuriteCommand.Create(root, workDirectory, ports[0], ports[1], ports[2]);
        var tail = new OutputTail();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new AzuriteStartException("node could not be started.");
        }
        catch (Win32Exception ex)
        {
            TryDelete(workDirectory);
            throw new AzuriteStartException($"Azurite needs Node.js, but 'node' was not found on PATH ({ex.Message}). Install Node.js 20+.", ex);
        }

        tail.Attach(process);
        var server = new AzuriteServer(process, workDirectory, ports[0], ports[1], ports[2]);
        try
        {
            await PortProbe.WaitUntilAnsweringAsync(process, tail, StartTimeout, cancellationToken, ports[1], ports[2]);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover empty temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
