using System.Globalization;
using System.Text;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>Just enough HTTP/1.1 for <see cref="LoopbackServer"/>: a request with a sized or chunked body, and a closing response.</summary>
internal static class HttpWire
{
    public static async Task<RecordedRequest> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var requestLine = (await ReadLineAsync(stream, cancellationToken)).Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await ReadLineAsync(stream, cancellationToken); line.Length > 0; line = await ReadLineAsync(stream, cancellationToken))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        var body = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? await ReadChunkedAsync(stream, cancellationToken)
            : await ReadExactlyAsync(stream, headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, CultureInfo.InvariantCulture) : 0, cancellationToken);
        var target = requestLine[1];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(question < 0 ? target : target[..question]);
        var query = question < 0 ? "" : target[question..];
        return new RecordedRequest(requestLine[0], path, query, headers, Encoding.UTF8.GetString(body));
    }

    public static async Task WriteResponseAsync(Stream stream, LoopbackResponse response, CancellationToken cancellationToken)
    {
        var body = response.Json is null ? [] : Encoding.UTF8.GetBytes(response.Json);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {(response.Status < 400 ? "OK" : "Error")}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Connection: close\r\n");
        if (response.Json is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {response.ContentType}\r\n");
        }

        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private static async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var size = int.Parse((await ReadLineAsync(stream, cancellationToken)).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                await ReadLineAsync(stream, cancellationToken);
                return body.ToArray();
            }

            await body.WriteAsync(await ReadExactlyAsync(stream, size, cancellationToken), cancellationToken);
            await ReadLineAsync(stream, cancellationToken);
        }
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken) == 1)
        {
            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
            }

            line.Add(one[0]);
        }

        throw new IOException("The connection closed in the middle of a request.");
    }
}
