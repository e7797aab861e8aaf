using System.Text.RegularExpressions;

namespace InsiderRisk.Storage.Azure.Queues;

/// <summary>Queue names: lowercase letters, digits and single hyphens, 3–63 characters, no hyphen at either end.</summary>
internal static partial class QueueNames
{
    public static void Ensure(string queue)
    {
        if (queue is null || !Pattern().IsMatch(queue))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "Queue names are 3–63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*$")]
    private static partial Regex Pattern();
}
