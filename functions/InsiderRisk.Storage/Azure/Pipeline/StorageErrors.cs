using System.Text.Json;
using System.Xml.Linq;
using Azure;

namespace InsiderRisk.Storage.Azure.Pipeline;

/// <summary>Turns a failed service answer into a typed <see cref="StorageException"/>.</summary>
internal static class StorageErrors
{
    public static StorageException FromResponse(Response response, string action)
    {
        var (code, message) = ReadError(response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : null, response.Content?.ToString());
        var kind = Classify(response.Status, code);
        var detail = message is null ? string.Empty : $": {message}";
        return new StorageException(kind, $"{action} failed with {response.Status} {code}{detail}", response.Status, code);
    }

    public static StorageErrorKind Classify(int status, string? code) => (status, code) switch
    {
        (_, "PopReceiptMismatch" or "MessageNotFound") => StorageErrorKind.NotFound,
        (404, _) => StorageErrorKind.NotFound,
        (409, _) => StorageErrorKind.Conflict,
        (412, _) => StorageErrorKind.PreconditionFailed,
        (429 or 503, _) or (500, "ServerBusy") => StorageErrorKind.Throttled,
        (400 or 413, _) => StorageErrorKind.InvalidInput,
        (401 or 403, _) => StorageErrorKind.Unauthorized,
        _ => StorageErrorKind.Other,
    };

    /// <summary>The error code and the first line of the message, from a JSON (OData) or XML body.</summary>
    public static (string? Code, string? Message) ReadError(string? headerCode, string? body)
    {
        string? code = headerCode;
        string? message = null;
        var text = body?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            try
            {
                if (text.StartsWith('{'))
                {
                    using var json = JsonDocument.Parse(text);
                    if (json.RootElement.TryGetProperty("odata.error", out var error))
                    {
                        code ??= error.TryGetProperty("code", out var c) ? c.GetString() : null;
                        message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                    }
                }
                else if (text.StartsWith('<'))
                {
                    var xml = XDocument.Parse(text).Root;
                    code ??= xml?.Element("Code")?.Value;
                    message = xml?.Element("Message")?.Value;
                }
            }
            catch (Exception ex) when (ex is JsonException or System.Xml.XmlException)
            {
                // A body we cannot read still leaves the status and the header code.
            }
        }

        return (code, FirstLine(message));
    }

    private static string? FirstLine(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
