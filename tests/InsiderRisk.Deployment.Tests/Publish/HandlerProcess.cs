using System.Diagnostics;
using System.Globalization;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>
/// The published handler started as the Functions host starts it: from host.json's working directory,
/// told its port in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, on a fresh data directory. Killed on dispose.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly OutputTail output = new();
    private readonly string dataDirectory;

    private HandlerProcess(Process process, string dataDirectory, int port)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Client { get; }

    public string Output => output.ToString();

    public static HandlerProcess Start(string appDirectory)
    {
        var port = FreePorts.Take(1)[0];
        var dataDirectory = Directory.CreateTempSubdirectory("insiderrisk-handler-").FullName;
        var start = new ProcessStartInfo(PublishedHandler.PathIn(appDirectory))
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "custom";
        start.Environment["InsiderRisk__DataDirectory"] = dataDirectory;
        start.Environment["AzureWebJobsStorage"] = string.Empty;
        start.Environment.Remove("WEBSITE_INSTANCE_ID");
        start.Environment.Remove("ASPNETCORE_URLS");
        var handler = new HandlerProcess(Process.Start(start)!, dataDirectory, port);
        handler.output.Attach(handler.process);
        return handler;
    }

    /// <summary>Polls until the handler answers <paramref name="path"/>; fails with its output if it exits or takes too long.</summary>
    public async Task<HttpResponseMessage> WaitForAsync(string path, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, $"The handler exited with code {(process.HasExited ? process.ExitCode : 0)}:\n{Output}");
            try
            {
                return await Client.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (clock.Elapsed < within)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
