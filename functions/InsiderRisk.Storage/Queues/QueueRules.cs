using System.Text;

namespace InsiderRisk.Storage.Queues;

/// <summary>What Azure Storage Queues accept, checked before anything is sent or stored.</summary>
public static class QueueRules
{
    /// <summary>48 KiB of UTF-8 is 64 KiB once base64-encoded, the service's message limit.</summary>
    public const int MaxTextBytes = 48 * 1024;

    public const int MaxReceiveCount = 32;

    /// <summary>The service default when a sender gives no time-to-live.</summary>
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromDays(7);

    public static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    /// <summary>Lowercase letters, digits and single hyphens, 3–63 characters, starting and ending with a letter or digit.</summary>
    public static bool IsValidName(string name) =>
        name.Length is >= 3 and <= 63
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name[0] != '-'
        && name[^1] != '-'
        && !name.Contains("--", StringComparison.Ordinal);

    public static void EnsureValidName(string name)
    {
        if (!IsValidName(name))
        {
            throw Invalid($"'{name}' is not a valid queue name (lowercase letters, digits and single hyphens, 3–63 characters).");
        }
    }

    /// <summary>
    /// Checks a send. A null time-to-live means <see cref="DefaultTimeToLive"/>;
    /// <see cref="Timeout.InfiniteTimeSpan"/> means the message never expires.
    /// </summary>
    public static void EnsureValidSend(string text, TimeSpan? visibilityDelay, TimeSpan? timeToLive)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
        {
            throw Invalid($"A message holds at most {MaxTextBytes} bytes of UTF-8 text.");
        }

        var delay = visibilityDelay ?? TimeSpan.Zero;
        EnsureVisibility(delay, TimeSpan.Zero, "visibility delay");
        var ttl = timeToLive ?? DefaultTimeToLive;
        if (ttl != Timeout.InfiniteTimeSpan && (ttl < TimeSpan.FromSeconds(1) || ttl <= delay))
        {
            throw Invalid("The time-to-live must be at least one second and longer than the visibility delay.");
        }
    }

    public static void EnsureValidReceive(int maxMessages, TimeSpan visibilityTimeout)
    {
        if (maxMessages is < 1 or > MaxReceiveCount)
        {
            throw Invalid($"A receive asks for 1 to {MaxReceiveCount} messages.");
        }

        EnsureVisibility(visibilityTimeout, TimeSpan.FromSeconds(1), "visibility timeout");
    }

    public static void EnsureValidUpdate(TimeSpan visibilityTimeout) =>
        EnsureVisibility(visibilityTimeout, TimeSpan.Zero, "visibility timeout");

    private static void EnsureVisibility(TimeSpan value, TimeSpan min, string what)
    {
        if (value < min || value > MaxVisibility)
        {
            throw Invalid($"The {what} must be between {min.TotalSeconds} seconds and 7 days.");
        }
    }

    private static StorageException Invalid(string message) => new(StorageErrorKind.InvalidInput, message);
}
