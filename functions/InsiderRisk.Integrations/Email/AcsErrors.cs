using System.Text.Json;
using Azure;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Turns an ACS error response into a result: 408, 429 and 5xx can pass (retry, after Retry-After
/// when given); any other 4xx cannot, and carries the service's own message.
/// </summary>
internal static class AcsErrors
{
    private const int MaxBodyChars = 500;

    public static EmailSendResult ToResult(Response response, string what, DateTimeOffset now)
    {
        var status = response.Status;
        var text = $"ACS Email answered {status} to {what}: {Describe(response)}";
        return status is 408 or 429 or >= 500 or < 400
            ? new EmailSendResult.Deferred(text, RetryAfterHeader.Read(response, now))
            : new EmailSendResult.Rejected(text);
    }

    /// <summary>The <c>error.code</c> and <c>error.message</c> of ACS's error body, else the body or the reason phrase.</summary>
    public static string Describe(Response response)
    {
        var body = response.Content?.ToString() ?? string.Empty;
        if (TryReadError(body, out var code, out var message))
        {
            return code is null ? message : $"{code}: {message}";
        }

        var trimmed = body.Trim();
        if (trimmed.Length > 0)
        {
            return trimmed.Length > MaxBodyChars ? trimmed[..MaxBodyChars] + "…" : trimmed;
        }

        return string.IsNullOrEmpty(response.ReasonPhrase) ? "(no error text)" : response.ReasonPhrase;
    }

    public static bool TryReadError(string body, out string? code, out string message)
    {
        code = null;
        message = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? string.Empty : string.Empty;
            return message.Length > 0 || code is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
