using System.Text.Json;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// Reads loosely typed JSON fields: a value of the wrong JSON type becomes a field error (and null),
/// never an exception, so a sender learns which field to fix. Property names match ignoring case, as
/// the web serializer defaults do.
/// </summary>
public static class JsonFields
{
    public static JsonElement? Get(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    public static string? String(JsonElement obj, string name, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Get(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            _ => Wrong<string>(errors, name, "a string"),
        };
    }

    public static double? Number(JsonElement obj, string name, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Get(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value when value.TryGetDouble(out var number) => number,
            _ => WrongNumber(errors, name),
        };
    }

    /// <summary>An array's items (null when absent); each item is handed to <paramref name="read"/> with its own error scope.</summary>
    public static IReadOnlyList<T?>? Array<T>(JsonElement obj, string name, FieldErrors errors, Func<JsonElement, FieldErrors, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(read);
        switch (Get(obj, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.Array } array:
                return [.. array.EnumerateArray().Select((item, i) => read(item, errors.Under(name + FieldPath.Index(i))))];
            default:
                errors.Add(name, $"{name} must be an array.");
                return null;
        }
    }

    /// <summary>A list of strings (null when absent); items of another type are errors under <c>name[i]</c>.</summary>
    public static IReadOnlyList<string?>? Strings(JsonElement obj, string name, FieldErrors errors) =>
        Array(obj, name, errors, (item, scope) =>
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                return item.GetString();
            }

            scope.AddHere($"Each entry of {name} must be a string.");
            return null;
        });

    private static T? Wrong<T>(FieldErrors errors, string name, string expected)
        where T : class
    {
        errors.Add(name, $"{name} must be {expected}.");
        return null;
    }

    private static double? WrongNumber(FieldErrors errors, string name)
    {
        errors.Add(name, $"{name} must be a number.");
        return null;
    }
}
