using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InsiderRisk.Functions.Tests.Hosting;

/// <summary>The built app started the way the Functions host starts it: as a process told its port.</summary>
public sealed class CustomHandlerProcessTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task It_listens_on_loopback_at_FUNCTIONS_CUSTOMHANDLER_PORT_and_ignores_ASPNETCORE_URLS()
    {
        var port = FreePort();
        var otherPort = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "InsiderRisk.Functions.dll") },
            WorkingDirectory = Directory.CreateTempSubdirectory("insiderrisk-handler-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{otherPort}";
        start.Environment["WEBSITE_INSTANCE_ID"] = string.Empty;
        start.Environment["AzureWebJobsStorage"] = string.Empty;

        using var process = Process.Start(start)!;
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var health = await PollAsync(client, new Uri($"http://127.0.0.1:{port}/api/health"), process);

            Assert.Equal(HttpStatusCode.OK, health);
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://127.0.0.1:{otherPort}/api/health")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(start.WorkingDirectory, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> PollAsync(HttpClient client, Uri uri, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(uri);
                return response.StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }
}
