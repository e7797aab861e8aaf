using System.Text.Json;

namespace InsiderRisk.Integrations.Email;

/// <summary>One answer of <c>GET emails/operations/{id}</c>: <c>NotStarted|Running|Succeeded|Failed|Canceled</c> and, when it failed, why.</summary>
internal sealed record AcsOperationStatus(string Status, string? ErrorCode, string? ErrorMessage)
{
    public bool IsTerminal => Status is "Succeeded" or "Failed" or "Canceled";

    public static AcsOperationStatus? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("status", out var status)
                || status.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? code = null;
            string? message = null;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }

            return new AcsOperationStatus(status.GetString()!, code, message);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
