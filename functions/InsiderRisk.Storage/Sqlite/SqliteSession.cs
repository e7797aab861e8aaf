using Microsoft.Data.Sqlite;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// An open connection with its commands kept by SQL text, so each statement is prepared once per
/// connection and reused (Microsoft.Data.Sqlite keeps a command's prepared statements until its text
/// changes).
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private const int MaxCachedCommands = 64;

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteSession(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The open write transaction, if any; every command runs in it.</summary>
    public SqliteTransaction? Transaction { get; set; }

    /// <summary>The cached command for <paramref name="sql"/>, with no parameters yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaxCachedCommands)
            {
                // Filters make many one-off texts; dropping them all is simpler than an LRU and rare.
                DisposeCommands();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        DisposeCommands();
        Connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
