using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// The optional <c>Idempotency-Key</c> header becomes the command's request id, scoped by action so a
/// key reused on another route of the same case is not mistaken for a repeat of the first.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Null when the header is absent; adds an error when it is unusable.</summary>
    public static string? Read(HttpRequest request, string action, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key.Any(char.IsControl))
        {
            errors.Add(Header, $"{Header} must be one value of 1–{MaxLength} printable characters.");
            return null;
        }

        return action + ":" + key;
    }
}
