using System.Buffers.Text;
using System.Text;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// The opaque token handed to callers: base64url of the service's next partition and row keys,
/// versioned so its shape can change.
/// </summary>
internal static class ContinuationToken
{
    private const string Version = "t1";

    public static string? Encode(string? nextPartitionKey, string? nextRowKey) =>
        string.IsNullOrEmpty(nextPartitionKey) && string.IsNullOrEmpty(nextRowKey)
            ? null
            : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}\n{nextPartitionKey}\n{nextRowKey}"));

    public static (string NextPartitionKey, string? NextRowKey) Decode(string token)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
        }
        catch (FormatException ex)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "The continuation token is not one this store issued.", innerException: ex);
        }

        if (parts.Length != 3 || parts[0] != Version)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "The continuation token is not one this store issued.");
        }

        return (parts[1], parts[2].Length == 0 ? null : parts[2]);
    }
}
