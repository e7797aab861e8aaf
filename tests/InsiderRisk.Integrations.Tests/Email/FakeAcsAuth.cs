using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>
/// The fake ACS's own check of each request: it recomputes the content hash and the HMAC signature from
/// what arrived (or compares the bearer token), as the service does. Null = accepted; else why not.
/// </summary>
internal sealed class FakeAcsAuth
{
    private readonly byte[]? key;
    private readonly string? bearerToken;

    private FakeAcsAuth(byte[]? key, string? bearerToken)
    {
        this.key = key;
        this.bearerToken = bearerToken;
    }

    public string? AccessKey => key is null ? null : Convert.ToBase64String(key);

    public static FakeAcsAuth Hmac() => new(RandomNumberGenerator.GetBytes(64), null);

    public static FakeAcsAuth Bearer(string token) => new(null, token);

    public string? Check(RecordedRequest request, byte[] body)
    {
        var authorization = request.Headers["Authorization"] ?? string.Empty;
        if (bearerToken is not null)
        {
            return authorization == $"Bearer {bearerToken}" ? null : "the bearer token is missing or wrong";
        }

        var date = request.Headers["x-ms-date"];
        var contentHash = request.Headers["x-ms-content-sha256"];
        if (date is null || contentHash is null)
        {
            return "x-ms-date or x-ms-content-sha256 is missing";
        }

        if (contentHash != Convert.ToBase64String(SHA256.HashData(body)))
        {
            return "x-ms-content-sha256 is not the hash of the body";
        }

        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            || (DateTimeOffset.UtcNow - at).Duration() > TimeSpan.FromMinutes(15))
        {
            return "x-ms-date is not an RFC 1123 date within 15 minutes";
        }

        var stringToSign = $"{request.Method}\n{request.RawUrl}\n{date};{request.Headers["Host"]};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key!, Encoding.UTF8.GetBytes(stringToSign)));
        return authorization == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}"
            ? null
            : "the HMAC signature does not match";
    }
}
