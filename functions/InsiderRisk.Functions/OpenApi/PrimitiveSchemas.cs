using System.Text.Json;
using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>Swagger 2.0 type and format of the types JSON writes as one value.</summary>
public static class PrimitiveSchemas
{
    private static readonly Dictionary<Type, (string Type, string? Format)> Known = new()
    {
        [typeof(string)] = ("string", null),
        [typeof(char)] = ("string", null),
        [typeof(bool)] = ("boolean", null),
        [typeof(byte)] = ("integer", "int32"),
        [typeof(sbyte)] = ("integer", "int32"),
        [typeof(short)] = ("integer", "int32"),
        [typeof(ushort)] = ("integer", "int32"),
        [typeof(int)] = ("integer", "int32"),
        [typeof(uint)] = ("integer", "int64"),
        [typeof(long)] = ("integer", "int64"),
        [typeof(ulong)] = ("integer", "int64"),
        [typeof(float)] = ("number", "float"),
        [typeof(double)] = ("number", "double"),
        [typeof(decimal)] = ("number", "double"),
        [typeof(DateTime)] = ("string", "date-time"),
        [typeof(DateTimeOffset)] = ("string", "date-time"),
        [typeof(DateOnly)] = ("string", "date"),
        [typeof(TimeOnly)] = ("string", null),
        [typeof(TimeSpan)] = ("string", null),
        [typeof(Guid)] = ("string", "uuid"),
        [typeof(Uri)] = ("string", "uri"),
        [typeof(byte[])] = ("string", "byte"),
    };

    /// <summary>Types whose JSON can be anything: described by the empty schema.</summary>
    private static readonly Type[] AnyJson = [typeof(object), typeof(JsonElement), typeof(JsonDocument), typeof(JsonNode), typeof(JsonValue)];

    /// <summary>The schema of <paramref name="type"/> (nullable unwrapped) when it is one JSON value; else null.</summary>
    public static JsonObject? For(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Known.TryGetValue(underlying, out var known))
        {
            var schema = new JsonObject { ["type"] = known.Type };
            if (known.Format is not null)
            {
                schema["format"] = known.Format;
            }

            return schema;
        }

        if (underlying.IsEnum)
        {
            return EnumSchema(underlying, options);
        }

        if (underlying == typeof(JsonObject))
        {
            return new JsonObject { ["type"] = "object" };
        }

        return AnyJson.Contains(underlying) ? [] : null;
    }

    /// <summary>Names when the app writes enums as strings (it does: API.md), else their numbers.</summary>
    private static JsonObject EnumSchema(Type type, JsonSerializerOptions options)
    {
        var asStrings = options.Converters.Any(converter => converter.CanConvert(type));
        if (!asStrings)
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
        }

        var names = Enum.GetNames(type).Select(name => JsonValue.Create(name)).ToArray<JsonNode?>();
        return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(names) };
    }
}
