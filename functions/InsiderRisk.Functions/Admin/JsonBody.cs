using System.Text.Json;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// Reads a request body into <typeparamref name="T"/> and turns what JSON refuses (a wrong type, an
/// unknown property) into a 400 keyed by the field's path, as validation errors are.
/// </summary>
internal static class JsonBody
{
    public static bool TryRead<T>(JsonElement? body, JsonSerializerOptions options, out T? value, out Dictionary<string, string[]> errors)
        where T : class
    {
        errors = [];
        value = null;
        if (body is not { ValueKind: JsonValueKind.Object } json)
        {
            errors["body"] = ["The body must be a JSON object."];
            return false;
        }

        try
        {
            value = json.Deserialize<T>(options);
        }
        catch (JsonException e)
        {
            errors[FieldOf(e.Path)] = ["This value is not valid here (wrong type, or a property this document does not have)."];
            return false;
        }

        if (value is null)
        {
            errors["body"] = ["The body must be a JSON object."];
            return false;
        }

        return true;
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
