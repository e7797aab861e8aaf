using System.Globalization;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>OData v3 literals for the supported property types, written with the invariant culture.</summary>
internal static class ODataLiteral
{
    public static string Format(object value) => value switch
    {
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => Double(d),
        bool b => b ? "true" : "false",
        DateTimeOffset t => "datetime'" + DateTime(t) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexStringLower(bytes) + "'",
        _ => throw new StorageException(StorageErrorKind.InvalidInput, $"A filter cannot compare a value of type {value?.GetType().Name ?? "null"}."),
    };

    /// <summary>UTC, seven fractional digits, 'Z' (what Edm.DateTime expects).</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Double(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "A filter cannot compare with NaN or infinity.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponent < 0 ? text : text[..exponent];
        if (mantissa.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        // A decimal point keeps the literal a double rather than an Int32.
        return exponent < 0 ? text + ".0" : mantissa + ".0" + text[exponent..];
    }
}
