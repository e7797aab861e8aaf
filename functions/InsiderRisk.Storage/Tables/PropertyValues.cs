using System.Text.RegularExpressions;

namespace InsiderRisk.Storage.Tables;

/// <summary>The property types both stores support, and the names and keys they accept.</summary>
public static partial class PropertyValues
{
    public static void EnsureSupported(string name, object value)
    {
        if (!IsValidPropertyName(name))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"'{name}' is not a valid property name.");
        }

        if (value is not (string or int or long or double or bool or DateTimeOffset or Guid or byte[]))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    /// <summary>C#-identifier-like names, at most 255 characters, not a system property.</summary>
    public static bool IsValidPropertyName(string name) =>
        name.Length is > 0 and <= 255
        && PropertyName().IsMatch(name)
        && name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag");

    /// <summary>
    /// Keys may not contain '/', '\', '#', '?' or control characters (U+0000–001F, U+007F–009F),
    /// and are at most 1 KiB.
    /// </summary>
    public static bool IsValidKey(string key) =>
        key.Length <= 512
        && key.All(c => c is not ('/' or '\\' or '#' or '?') && !(c <= '\u001F' || (c >= '\u007F' && c <= '\u009F')));

    public static void EnsureValidKeys(string partitionKey, string rowKey)
    {
        if (!IsValidKey(partitionKey))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "The partition key contains a character a table key may not hold, or is too long.");
        }

        if (!IsValidKey(rowKey))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "The row key contains a character a table key may not hold, or is too long.");
        }
    }

    /// <summary>Table names: a letter, then letters and digits, 3–63 characters.</summary>
    public static bool IsValidTableName(string name) => TableName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PropertyName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
