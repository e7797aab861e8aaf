using System.Buffers.Text;
using System.Text;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// The opaque token of a query page: the last returned (PartitionKey, RowKey), URL-safe. Keys may not
/// hold control characters, so a line feed separates them unambiguously.
/// </summary>
internal static class ContinuationToken
{
    public static string Encode(string partitionKey, string rowKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(partitionKey + "\n" + rowKey));

    public static (string PartitionKey, string RowKey) Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var separator = text.IndexOf('\n', StringComparison.Ordinal);
            if (separator >= 0)
            {
                return (text[..separator], text[(separator + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the same answer as a token without a separator.
        }

        throw new StorageException(StorageErrorKind.InvalidInput, "The continuation token is not one this store issued.");
    }
}
