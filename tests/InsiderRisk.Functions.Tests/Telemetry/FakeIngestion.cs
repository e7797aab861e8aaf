using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>
/// A stand-in for the Application Insights ingestion endpoint on a free loopback port (HttpListener):
/// records every POST (path, Authorization, parsed JSON body) and answers from <see cref="Answer"/>,
/// by default 200 with everything accepted.
/// </summary>
internal sealed class FakeIngestion : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeIngestion()
    {
        Port = FreePorts.Take(1)[0];
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    /// <summary>The answer to the n-th request (0-based) given its envelopes.</summary>
    public Func<int, IReadOnlyList<JsonElement>, FakeAnswer> Answer { get; set; } = (_, items) => FakeAnswer.Accepted(items.Count);

    public ConcurrentQueue<IngestionRequest> Received { get; } = new();

    /// <summary>Every envelope received so far, across requests.</summary>
    public IReadOnlyList<JsonElement> Envelopes => [.. Received.SelectMany(request => request.Envelopes)];

    /// <summary>Waits until an envelope satisfies <paramref name="match"/>; fails after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            if (Envelopes.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No matching envelope arrived; received: {string.Join(", ", Envelopes.Select(TelemetryBuilders.EventName))}");
    }

    /// <summary>Waits until <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Received.Count < count)
        {
            Assert.True(DateTime.UtcNow < until, $"Only {Received.Count} of {count} requests arrived.");
            await Task.Delay(25);
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        var index = 0;
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var envelopes = ParseArray(body);
            Received.Enqueue(new IngestionRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], envelopes, Stopwatch.GetTimestamp()));
            var answer = Answer(index++, envelopes);
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is { } retryAfter)
            {
                context.Response.AddHeader("Retry-After", retryAfter);
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static List<JsonElement> ParseArray(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Array ? [.. document.RootElement.EnumerateArray().Select(item => item.Clone())] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
