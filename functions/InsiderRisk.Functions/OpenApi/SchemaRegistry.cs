using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// Swagger 2.0 schemas of the app's JSON types, as the app's own serializer options shape them
/// (camelCase names, enums as strings). Objects become named definitions referenced with <c>$ref</c>;
/// arrays, dictionaries and single values are inline.
/// </summary>
public sealed class SchemaRegistry(JsonSerializerOptions options)
{
    private readonly Dictionary<Type, string> names = [];
    private readonly SortedDictionary<string, JsonObject> definitions = new(StringComparer.Ordinal);

    public JsonSerializerOptions Options => options;

    /// <summary>The definitions built so far, by name (sorted).</summary>
    public IReadOnlyDictionary<string, JsonObject> Definitions => definitions;

    /// <summary>The definition name of an object type, once <see cref="For"/> has described it.</summary>
    public string? DefinitionOf(Type type) => names.GetValueOrDefault(Nullable.GetUnderlyingType(type) ?? type);

    public JsonObject For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (PrimitiveSchemas.For(type, options) is { } primitive)
        {
            return primitive;
        }

        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new JsonObject { ["type"] = "array", ["items"] = For(info.ElementType!) },
            JsonTypeInfoKind.Dictionary => new JsonObject { ["type"] = "object", ["additionalProperties"] = For(info.ElementType!) },
            JsonTypeInfoKind.Object => Reference(info),
            // A type with its own converter: the app's are value wrappers written as one string.
            _ => new JsonObject { ["type"] = "string" },
        };
    }

    private JsonObject Reference(JsonTypeInfo info)
    {
        if (!names.TryGetValue(info.Type, out var name))
        {
            name = DefinitionNames.Choose(info.Type, definitions.Keys);
            names[info.Type] = name;
            definitions[name] = [];
            definitions[name] = Define(info);
        }

        return new JsonObject { ["$ref"] = "#/definitions/" + name };
    }

    private JsonObject Define(JsonTypeInfo info)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in info.Properties.Where(p => !p.IsExtensionData && (p.Get is not null || p.Set is not null)))
        {
            var schema = For(property.PropertyType);
            if (!schema.ContainsKey("$ref"))
            {
                schema["x-ms-summary"] = HumanText.Label(property.Name);
                if (property.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).FirstOrDefault() is DescriptionAttribute described)
                {
                    schema["description"] = described.Description;
                }
            }

            properties[property.Name] = schema;
            if (property.IsRequired || (!property.PropertyType.IsValueType && !property.IsGetNullable))
            {
                required.Add(property.Name);
            }
        }

        var definition = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            definition["required"] = required;
        }

        return definition;
    }
}
