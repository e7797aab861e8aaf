using System.Globalization;
using System.Text.Json;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// Writes an entity as OData JSON. Types JSON cannot carry unambiguously get an
/// <c>@odata.type</c> annotation: Int64 (as a string), DateTime, Guid, Binary, and Double (always,
/// so a whole-number double is not read back as an Int32).
/// </summary>
internal static class EntityJsonWriter
{
    public static byte[] Write(TableEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                Annotated(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteString(name + "@odata.type", "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case DateTimeOffset t:
                Annotated(writer, name, "Edm.DateTime", ODataLiteral.DateTime(t));
                break;
            case Guid g:
                Annotated(writer, name, "Edm.Guid", g.ToString("D"));
                break;
            case byte[] bytes:
                Annotated(writer, name, "Edm.Binary", Convert.ToBase64String(bytes));
                break;
            default:
                throw new StorageException(StorageErrorKind.InvalidInput, $"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    private static void Annotated(Utf8JsonWriter writer, string name, string type, string value)
    {
        writer.WriteString(name + "@odata.type", type);
        writer.WriteString(name, value);
    }
}
