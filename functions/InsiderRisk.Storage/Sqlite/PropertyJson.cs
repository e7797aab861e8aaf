using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// An entity's properties as one JSON object, each value wrapped with its type tag:
/// <c>{"Name":{"s":"Ada"},"Age":{"i":36}}</c>. SQL reads a typed value with
/// <c>json_extract(props, '$.Age.i')</c>, which is NULL when the property is missing or has another
/// type, which is exactly when a Table Storage comparison does not match.
/// Tags: s string, i Int32, l Int64, d double, b bool, t DateTimeOffset (UTC ticks), g Guid, x binary (hex,
/// so text order is byte order). Doubles that JSON cannot hold: NaN as null, infinities as ±1e999,
/// which SQLite reads as ±Inf.
/// </summary>
internal static class PropertyJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Tag(object value) => value switch
    {
        string => "s",
        int => "i",
        long => "l",
        double => "d",
        bool => "b",
        DateTimeOffset => "t",
        Guid => "g",
        byte[] => "x",
        _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported property type {value.GetType().Name}."),
    };

    /// <summary>The value as SQL compares it (the same representation <see cref="Write"/> stores).</summary>
    public static object SqlValue(object value) => value switch
    {
        bool b => b ? 1L : 0L,
        DateTimeOffset t => t.UtcTicks,
        Guid g => g.ToString("D"),
        byte[] x => Convert.ToHexStringLower(x),
        _ => value,
    };

    public static string Write(IEnumerable<KeyValuePair<string, object>> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WriteStartObject(name);
                writer.WritePropertyName(Tag(value));
                WriteValue(writer, value);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Adds the stored properties to <paramref name="target"/>, only the selected ones if <paramref name="select"/> is given.</summary>
    public static void Read(string json, IDictionary<string, object> target, IReadOnlyList<string>? select = null)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            reader.Read();
            var tag = (char)reader.ValueSpan[0];
            reader.Read();
            var value = ReadValue(ref reader, tag);
            reader.Read();
            if (select is null || select.Contains(name, StringComparer.Ordinal))
            {
                target[name] = value;
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: WriteDouble(writer, d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case DateTimeOffset t: writer.WriteNumberValue(t.UtcTicks); break;
            case Guid g: writer.WriteStringValue(g.ToString("D")); break;
            case byte[] x: writer.WriteStringValue(Convert.ToHexStringLower(x)); break;
            default: throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported property type {value.GetType().Name}.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d))
        {
            writer.WriteNullValue();
        }
        else if (double.IsInfinity(d))
        {
            writer.WriteRawValue(d > 0 ? "1e999" : "-1e999");
        }
        else
        {
            writer.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static object ReadValue(ref Utf8JsonReader reader, char tag) => tag switch
    {
        's' => reader.GetString()!,
        'i' => reader.GetInt32(),
        'l' => reader.GetInt64(),
        'd' => reader.TokenType == JsonTokenType.Null
            ? double.NaN
            : double.Parse(Encoding.UTF8.GetString(reader.ValueSpan), NumberStyles.Float, CultureInfo.InvariantCulture),
        'b' => reader.GetBoolean(),
        't' => new DateTimeOffset(reader.GetInt64(), TimeSpan.Zero),
        'g' => Guid.Parse(reader.GetString()!, CultureInfo.InvariantCulture),
        'x' => Convert.FromHexString(reader.GetString()!),
        _ => throw new StorageException(StorageErrorKind.Other, $"Stored property has unknown type tag '{tag}'."),
    };
}
