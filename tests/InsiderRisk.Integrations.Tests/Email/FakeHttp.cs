using System.Collections.Specialized;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>
/// Just enough HTTP/1.1 for the fake ACS, on a raw socket so a test can drop a connection after
/// reading the request, before any answer: the lost response. One request per connection.
/// </summary>
internal static class FakeHttp
{
    public static async Task<(RecordedRequest Request, byte[] Body)?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new NameValueCollection(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var body = new byte[int.Parse(headers["Content-Length"] ?? "0", CultureInfo.InvariantCulture)];
        await stream.ReadExactlyAsync(body);
        return (new RecordedRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body), DateTimeOffset.UtcNow), body);
    }

    public static async Task WriteResponseAsync(NetworkStream stream, FakeHttpResponse response)
    {
        var body = Encoding.UTF8.GetBytes(response.Json);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        _ => "Service Unavailable",
    };
}
