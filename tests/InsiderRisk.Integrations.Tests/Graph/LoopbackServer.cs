using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 and a free port, playing an outside service: every request is
/// recorded and answered by the test's function, so tests see exactly what went over the wire. Built on
/// a raw socket (one request per connection) because a lost response must be a connection reset with
/// no status line at all, which HttpListener cannot produce.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<RecordedRequest, LoopbackResponse> respond;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public LoopbackServer(Func<RecordedRequest, LoopbackResponse> respond)
    {
        this.respond = respond;
        listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUri { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public int Count(string method, string path) =>
        requests.Count(request => request.Method == method && string.Equals(request.Path, path, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await loop;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            var request = await HttpWire.ReadRequestAsync(stream, stopping.Token);
            requests.Enqueue(request);
            var response = respond(request);
            if (response.Delay is { } delay)
            {
                await Task.Delay(delay, stopping.Token);
            }

            if (response.Abort)
            {
                // A reset with nothing written: the client cannot know whether the request took effect.
                socket.LingerState = new LingerOption(true, 0);
                return;
            }

            await HttpWire.WriteResponseAsync(stream, response, stopping.Token);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
        {
            // The client gave up first (a timeout test) or the server is stopping: nothing left to answer.
        }
    }
}
