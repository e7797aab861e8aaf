using System.Text.Json;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// The sign-in id inside a stored alert's JSON (<c>signInId</c>, any letter case; a plain string or an
/// id object <c>{"value": …}</c>), so scoring does not depend on how ingestion serialized the alert.
/// </summary>
public static class AlertSignIns
{
    public static SignInId? Of(string? alertJson)
    {
        if (string.IsNullOrWhiteSpace(alertJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(alertJson);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Find(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SignInId? Find(JsonElement alert)
    {
        foreach (var property in alert.EnumerateObject())
        {
            if (!string.Equals(property.Name, "signInId", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                value = value.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "value", StringComparison.OrdinalIgnoreCase)).Value;
            }

            return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id ? new SignInId(id) : null;
        }

        return null;
    }
}
