using System.Collections.Concurrent;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// Answers "does this table (or queue) exist?" with NotFound, as the service does, and remembers each
/// name it has seen: the contract never deletes a table or queue, so a name seen once exists for good.
/// </summary>
internal sealed class KnownNames
{
    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);
    private readonly string existsSql;
    private readonly string what;
    private readonly string errorCode;

    private KnownNames(string catalog, string what, string errorCode)
    {
        existsSql = $"SELECT 1 FROM {catalog} WHERE name = $name";
        this.what = what;
        this.errorCode = errorCode;
    }

    public static KnownNames Tables() => new("tables", "Table", "TableNotFound");

    public static KnownNames Queues() => new("queues", "Queue", "QueueNotFound");

    /// <summary>Throws NotFound unless <paramref name="key"/> (as stored) exists; <paramref name="shown"/> is the name for the message.</summary>
    public void Ensure(SqliteSession session, string key, string shown)
    {
        if (seen.ContainsKey(key))
        {
            return;
        }

        var command = session.Command(existsSql);
        command.Parameters.AddWithValue("$name", key);
        if (command.ExecuteScalar() is null)
        {
            throw new StorageException(StorageErrorKind.NotFound, $"{what} '{shown}' does not exist.", 404, errorCode);
        }

        seen.TryAdd(key, true);
    }
}
