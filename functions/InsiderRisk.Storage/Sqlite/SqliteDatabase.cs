using Microsoft.Data.Sqlite;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// The one SQLite database behind <see cref="SqliteTableStore"/> and <see cref="SqliteQueueStore"/>:
/// the file <c>insiderrisk.db</c> in a data directory (the app), or a named in-memory database (tests).
/// Writes go through one lock, so they never spin in SQLite's busy handler; on a file, reads run in
/// parallel on pooled connections and see the last committed state (WAL). A named in-memory database
/// uses shared cache, whose table locks would fail a read while a write is open, so there every
/// operation takes the lock.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    public const string FileName = "insiderrisk.db";

    private readonly bool inMemory;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SqliteSessionPool sessions;
    private readonly SqliteConnection? keepAlive;
    private bool disposed;

    private SqliteDatabase(string connectionString, bool inMemory)
    {
        this.inMemory = inMemory;
        sessions = new SqliteSessionPool(connectionString, configureFile: !inMemory);
        if (inMemory)
        {
            // A shared in-memory database lives only while a connection to it is open.
            keepAlive = new SqliteConnection(connectionString);
            keepAlive.Open();
        }

        sessions.Run(session =>
        {
            SqliteSchema.Apply(session.Connection, walMode: !inMemory);
            return true;
        });
    }

    /// <summary>Opens (creating if needed) <c>{dataDirectory}/insiderrisk.db</c>.</summary>
    public static SqliteDatabase OpenDirectory(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
        };
        return new SqliteDatabase(builder.ToString(), inMemory: false);
    }

    /// <summary>Opens a named in-memory database that lives until this object is disposed.</summary>
    public static SqliteDatabase OpenInMemory(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = name,
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = false,
        };
        return new SqliteDatabase(builder.ToString(), inMemory: true);
    }

    /// <summary>Runs one read outside any transaction (a single statement sees one consistent state).</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteSession, T> read, CancellationToken cancellationToken)
    {
        if (!inMemory)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return sessions.Run(read);
        }

        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return sessions.Run(read);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Runs a write in one immediate transaction: it all commits, or, if it throws, none of it.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return sessions.Run(session =>
            {
                using var transaction = session.Connection.BeginTransaction(deferred: false);
                session.Transaction = transaction;
                try
                {
                    var result = write(session);
                    transaction.Commit();
                    return result;
                }
                finally
                {
                    session.Transaction = null;
                }
            });
        }
        finally
        {
            writeLock.Release();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        sessions.Dispose();
        keepAlive?.Dispose();
        writeLock.Dispose();
    }
}
