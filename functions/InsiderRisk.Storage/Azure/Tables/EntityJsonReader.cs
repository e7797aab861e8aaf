using System.Globalization;
using System.Text.Json;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// Reads entities from OData JSON (minimal metadata): annotated types first, then JSON's own
/// (integral numbers that fit are Int32, other numbers Double). Nulls (unselected or missing
/// properties) are skipped.
/// </summary>
internal static class EntityJsonReader
{
    public static TableEntity Read(JsonElement json, string? etagHeader = null)
    {
        var entity = new TableEntity(
            json.TryGetProperty("PartitionKey", out var pk) ? pk.GetString() ?? string.Empty : string.Empty,
            json.TryGetProperty("RowKey", out var rk) ? rk.GetString() ?? string.Empty : string.Empty)
        {
            ETag = etagHeader ?? (json.TryGetProperty("odata.etag", out var etag) ? etag.GetString() : null),
        };

        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.StartsWith("odata.", StringComparison.Ordinal)
                || name.Contains('@', StringComparison.Ordinal) || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            // The service's Timestamp is always an Edm.DateTime, annotated or not.
            var type = name == "Timestamp" ? "Edm.DateTime"
                : json.TryGetProperty(name + "@odata.type", out var annotation) ? annotation.GetString() : null;
            var value = ReadValue(property.Value, type, name);
            if (name == "Timestamp")
            {
                entity.Timestamp = (DateTimeOffset)value;
            }
            else
            {
                entity.Properties[name] = value;
            }
        }

        return entity;
    }

    private static object ReadValue(JsonElement value, string? type, string name) => type switch
    {
        "Edm.Int64" => long.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture),
        "Edm.Int32" => value.ValueKind == JsonValueKind.String ? int.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture) : value.GetInt32(),
        "Edm.Double" => Double(value),
        "Edm.DateTime" => DateTimeOffset.Parse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        "Edm.Guid" => Guid.Parse(Text(value), CultureInfo.InvariantCulture),
        "Edm.Binary" => Convert.FromBase64String(Text(value)),
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.String" => Text(value),
        null => Untyped(value, name),
        _ => throw new StorageException(StorageErrorKind.Other, $"Property '{name}' has unsupported type {type}."),
    };

    private static object Untyped(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var i) && IsIntegral(value) => i,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new StorageException(StorageErrorKind.Other, $"Property '{name}' has a value of JSON kind {value.ValueKind} that no supported type matches."),
    };

    private static bool IsIntegral(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.IndexOfAny(['.', 'e', 'E']) < 0;
    }

    private static double Double(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        _ => Text(value) switch
        {
            "NaN" => double.NaN,
            "Infinity" or "INF" => double.PositiveInfinity,
            "-Infinity" or "-INF" => double.NegativeInfinity,
            var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        },
    };

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
