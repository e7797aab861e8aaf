using System.Diagnostics;
using System.Globalization;

namespace InsiderRisk.TestSupport;

/// <summary>Waits until every port answers HTTP (any status), the process exits, or time runs out.</summary>
public static class PortProbe
{
    public static async Task WaitUntilAnsweringAsync(Process process, OutputTail tail, TimeSpan timeout, CancellationToken cancellationToken, params int[] ports)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(ports);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        var pending = new HashSet<int>(ports);
        while (pending.Count > 0)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new AzuriteStartException($"Azurite exited with code {process.ExitCode} before it answered on ports {string.Join(", ", pending)}. Last output:{Environment.NewLine}{tail}");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new AzuriteStartException($"Azurite did not answer on ports {string.Join(", ", pending)} within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Last output:{Environment.NewLine}{tail}");
            }

            foreach (var port in pending.ToArray())
            {
                if (await AnswersAsync(client, port, cancellationToken))
                {
                    pending.Remove(port);
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"), cancellationToken);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
