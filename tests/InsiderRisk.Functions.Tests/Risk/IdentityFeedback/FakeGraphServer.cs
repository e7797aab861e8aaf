using System.Collections.Concurrent;
using System.Net;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Functions.Tests.Risk.IdentityFeedback;

/// <summary>
/// Entra ID Protection's two risky-user actions on a real loopback HTTP server: records every request
/// (method, path, Authorization, body) and answers 204, or the scripted failures first.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token-7c2e";

    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<GraphRequest> requests = new();
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> failures = new();
    private readonly Task loop;

    public FakeGraphServer()
    {
        var port = FreePorts.Take(1)[0];
        BaseUrl = $"http://127.0.0.1:{port}/v1.0";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<GraphRequest> Requests => [.. requests];

    /// <summary>The next request answers this instead of 204.</summary>
    public void FailNext(int status, string code, string message, string? retryAfter = null) =>
        failures.Enqueue((status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""", retryAfter));

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            requests.Enqueue(new GraphRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            var response = context.Response;
            if (failures.TryDequeue(out var failure))
            {
                response.StatusCode = failure.Status;
                response.ContentType = "application/json";
                if (failure.RetryAfter is { } retryAfter)
                {
                    response.Headers["Retry-After"] = retryAfter;
                }

                var bytes = System.Text.Encoding.UTF8.GetBytes(failure.Body);
                await response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                response.StatusCode = 204;
            }

            response.Close();
        }
    }
}
