using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// Open connections (with their prepared statements) kept for reuse, so an operation neither opens a
/// connection nor prepares its SQL again. A session that failed outside our own typed errors is closed
/// rather than reused.
/// </summary>
internal sealed class SqliteSessionPool : IDisposable
{
    private const int MaxIdleSessions = 16;

    private readonly string connectionString;
    private readonly bool configureFile;
    private readonly ConcurrentBag<SqliteSession> idle = [];
    private bool disposed;

    public SqliteSessionPool(string connectionString, bool configureFile)
    {
        this.connectionString = connectionString;
        this.configureFile = configureFile;
    }

    public T Run<T>(Func<SqliteSession, T> work)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var session = idle.TryTake(out var pooled) ? pooled : Open();
        var reusable = false;
        try
        {
            var result = work(session);
            reusable = true;
            return result;
        }
        catch (StorageException)
        {
            reusable = true;
            throw;
        }
        finally
        {
            if (reusable && !disposed && idle.Count < MaxIdleSessions)
            {
                idle.Add(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private SqliteSession Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (configureFile)
        {
            SqliteSchema.ConfigureConnection(connection);
        }

        return new SqliteSession(connection);
    }
}
