using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Signs each request with the ACS access key: <c>x-ms-date</c> (RFC 1123), <c>x-ms-content-sha256</c>
/// (base64 SHA-256 of the body) and an HMAC-SHA256 over <c>VERB\n{path?query}\n{date};{host};{hash}</c>.
/// </summary>
internal sealed class HmacAuthenticationPolicy(AcsAccessKey key, TimeProvider time) : HttpPipelinePolicy
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, HashContentAsync(message, async: false).AsTask().GetAwaiter().GetResult());
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, await HashContentAsync(message, async: true));
        await ProcessNextAsync(message, pipeline);
    }

    public static string StringToSign(string method, Uri uri, string date, string contentHash) =>
        $"{method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";

    private void Sign(HttpMessage message, string contentHash)
    {
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var stringToSign = StringToSign(message.Request.Method.Method, message.Request.Uri.ToUri(), date, contentHash);
        var signature = Convert.ToBase64String(key.Sign(Encoding.UTF8.GetBytes(stringToSign)));

        message.Request.Headers.SetValue("x-ms-date", date);
        message.Request.Headers.SetValue("x-ms-content-sha256", contentHash);
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }

    private static async ValueTask<string> HashContentAsync(HttpMessage message, bool async)
    {
        using var buffer = new MemoryStream();
        if (message.Request.Content is { } content)
        {
            if (async)
            {
                await content.WriteToAsync(buffer, message.CancellationToken);
            }
            else
            {
                content.WriteTo(buffer, message.CancellationToken);
            }
        }

        return Convert.ToBase64String(SHA256.HashData(buffer.ToArray()));
    }
}
