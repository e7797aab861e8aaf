using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>
/// ACS Email played on a loopback socket: checks auth, path, api-version, Operation-Id and body shape
/// of every request (violations land in <see cref="Problems"/> and are answered 400/401), keeps one
/// email per operation id, and answers sends and polls as scripted.
/// </summary>
internal sealed partial class FakeAcsServer : IDisposable
{
    public const string ApiVersion = "2025-09-01";

    private readonly TcpListener listener;
    private readonly FakeAcsAuth auth;
    private readonly ConcurrentDictionary<string, int> polls = new(StringComparer.Ordinal);

    private FakeAcsServer(TcpListener listener, FakeAcsAuth auth)
    {
        this.listener = listener;
        this.auth = auth;
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        _ = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public string ConnectionString => $"endpoint={Endpoint};accesskey={auth.AccessKey}";

    public ConcurrentQueue<SendBehavior> SendScript { get; } = new();

    /// <summary>Statuses answered to the 1st, 2nd, … poll of an operation; the last one repeats.</summary>
    public IReadOnlyList<string> PollScript { get; set; } = ["Running", "Succeeded"];

    /// <summary>What a send with an operation id already taken gets: 202 (the same operation) or 409.</summary>
    public bool AnswerRepeatWithConflict { get; set; }

    public int RetryAfterSeconds { get; set; }

    public TimeSpan HangFor { get; set; } = TimeSpan.FromSeconds(2);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Emails taken, by operation id: a second send of one operation never adds one.</summary>
    public ConcurrentDictionary<string, JsonElement> Emails { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Problems { get; } = new();

    public IEnumerable<RecordedRequest> Sends => Requests.Where(r => r.Method == "POST");

    public static FakeAcsServer Start(FakeAcsAuth auth)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new FakeAcsServer(listener, auth);
    }

    public void Dispose() => listener.Stop();

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeConnectionAsync(client));
        }
    }

    private async Task ServeConnectionAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (await FakeHttp.ReadRequestAsync(stream) is not var (request, body))
                {
                    return;
                }

                Requests.Enqueue(request);
                if (await AnswerAsync(request, body) is { } response)
                {
                    await FakeHttp.WriteResponseAsync(stream, response);
                }
                else
                {
                    // Reset, not a clean close: the request was taken and no answer will ever come.
                    client.Client.LingerState = new LingerOption(true, 0);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The client gave up (a timeout test) or the test ended: nobody is left to answer.
            }
        }
    }
}
