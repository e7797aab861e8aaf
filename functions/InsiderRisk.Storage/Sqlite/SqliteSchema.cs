using Microsoft.Data.Sqlite;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// The tables holding every logical table and queue. Entities keep their typed properties as one JSON
/// object per row (<see cref="PropertyJson"/>), so filters run in SQL through <c>json_extract</c>.
/// </summary>
internal static class SqliteSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS tables (
            name TEXT NOT NULL PRIMARY KEY,
            display_name TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS entities (
            tbl TEXT NOT NULL,
            pk TEXT NOT NULL,
            rk TEXT NOT NULL,
            etag TEXT NOT NULL,
            ts INTEGER NOT NULL,
            props TEXT NOT NULL,
            UNIQUE (tbl, pk, rk)
        );
        CREATE TABLE IF NOT EXISTS queues (
            name TEXT NOT NULL PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            queue TEXT NOT NULL,
            id TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            inserted INTEGER NOT NULL,
            visible INTEGER NOT NULL,
            expires INTEGER NOT NULL,
            dequeues INTEGER NOT NULL,
            receipt TEXT
        );
        CREATE INDEX IF NOT EXISTS messages_by_visibility ON messages (queue, visible);
        CREATE INDEX IF NOT EXISTS messages_by_expiry ON messages (queue, expires);
        PRAGMA user_version = 1;
        """;

    public static void Apply(SqliteConnection connection, bool walMode)
    {
        using var command = connection.CreateCommand();
        if (walMode)
        {
            // WAL is a property of the file: set once, every later connection uses it.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }

    public static void ConfigureConnection(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();

        // FULL: an acknowledged write survives a power loss too, not only a crash of the app.
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";
        command.ExecuteNonQuery();
    }
}
