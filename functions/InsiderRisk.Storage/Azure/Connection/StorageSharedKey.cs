using System.Security.Cryptography;
using System.Text;

namespace InsiderRisk.Storage.Azure.Connection;

/// <summary>
/// An account name and its key. The key never leaves this type except as an HMAC, and
/// <see cref="ToString"/> shows only the account name.
/// </summary>
public sealed class StorageSharedKey
{
    private readonly byte[] key;

    public StorageSharedKey(string accountName, string base64Key)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(base64Key);
        AccountName = accountName;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException)
        {
            // The message must not echo the key.
            throw new FormatException($"The account key of storage account '{accountName}' is not valid base64.");
        }
    }

    public string AccountName { get; }

    /// <summary>base64(HMAC-SHA256(key, UTF-8 string-to-sign)).</summary>
    public string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));

    public override string ToString() => $"SharedKey({AccountName})";
}
