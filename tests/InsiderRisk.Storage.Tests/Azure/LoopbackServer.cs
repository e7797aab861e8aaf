using System.Collections.Concurrent;
using System.Net;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>
/// A real HTTP server on a free loopback port (HttpListener): records what arrives and answers
/// from a function of (method, path, Authorization header).
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<LoopbackRequest, (int Status, string? Body, string? ContentType)> answer;
    private readonly Task loop;

    public LoopbackServer(Func<LoopbackRequest, (int Status, string? Body, string? ContentType)> respond)
    {
        answer = respond;
        Port = FreePorts.Take(1)[0];
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<LoopbackRequest> Received { get; } = new();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
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
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = new LoopbackRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"]);
            Received.Enqueue(request);
            var (status, body, contentType) = answer(request);
            context.Response.StatusCode = status;
            if (body is not null)
            {
                context.Response.ContentType = contentType;
                var bytes = System.Text.Encoding.UTF8.GetBytes(body);
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }
}

internal sealed record LoopbackRequest(string Method, string Path, string? Authorization);
