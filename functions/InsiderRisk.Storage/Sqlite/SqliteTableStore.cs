using System.Collections.Concurrent;
using System.Text;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// <see cref="ITableStore"/> on SQLite, with Table Storage's semantics: ETags, typed properties,
/// filters evaluated in SQL, ordinal (PartitionKey, RowKey) order, paging, atomic batches, and
/// NotFound for a table never created. Table names are case-insensitive, as on Azure.
/// </summary>
public sealed class SqliteTableStore : ITableStore
{
    private const string TableExistsSql = "SELECT 1 FROM tables WHERE name = $name";
    private const string GetSql = "SELECT etag, ts, props FROM entities WHERE tbl = $tbl AND pk = $pk AND rk = $rk";

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, bool> knownTables = new(StringComparer.Ordinal);

    public SqliteTableStore(SqliteDatabase database, TimeProvider? time = null)
    {
        this.database = database;
        this.time = time ?? TimeProvider.System;
    }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        if (!PropertyValues.IsValidTableName(table))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"'{table}' is not a valid table name (a letter, then letters and digits, 3–63 characters).");
        }

        return database.WriteAsync(
            session =>
            {
                var command = session.Command("INSERT INTO tables (name, display_name) VALUES ($name, $display) ON CONFLICT DO NOTHING");
                command.Parameters.AddWithValue("$name", Key(table));
                command.Parameters.AddWithValue("$display", table);
                return command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        PropertyValues.EnsureValidKeys(partitionKey, rowKey);
        return database.ReadAsync(
            session =>
            {
                EnsureTable(session, table);
                var command = session.Command(GetSql);
                command.Parameters.AddWithValue("$tbl", Key(table));
                command.Parameters.AddWithValue("$pk", partitionKey);
                command.Parameters.AddWithValue("$rk", rowKey);
                using var reader = command.ExecuteReader();
                if (!reader.Read())
                {
                    return null;
                }

                var entity = new TableEntity(partitionKey, rowKey)
                {
                    ETag = reader.GetString(0),
                    Timestamp = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                };
                PropertyJson.Read(reader.GetString(2), entity.Properties, select);
                return entity;
            },
            cancellationToken);
    }

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default)
    {
        if (query.PageSize is < 1 or > TableQuery.MaxPageSize)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A page holds 1 to {TableQuery.MaxPageSize} entities.");
        }

        var (sql, parameters) = QuerySql(table, query);
        return database.ReadAsync(
            session =>
            {
                EnsureTable(session, table);
                var command = session.Command(sql);
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                var items = new List<TableEntity>();
                var more = false;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (items.Count == query.PageSize)
                    {
                        more = true;
                        break;
                    }

                    var entity = new TableEntity(reader.GetString(0), reader.GetString(1))
                    {
                        ETag = reader.GetString(2),
                        Timestamp = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                    };
                    PropertyJson.Read(reader.GetString(4), entity.Properties, query.Select);
                    items.Add(entity);
                }

                var token = more ? ContinuationToken.Encode(items[^1].PartitionKey, items[^1].RowKey) : null;
                return new TablePage(items, token);
            },
            cancellationToken);
    }

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        TableStoreExtensions.ValidateOperation(operation);
        EntityLimits.Check(operation.Entity);
        return database.WriteAsync(
            session =>
            {
                EnsureTable(session, table);
                return EntityWriter.Apply(session, Key(table), operation, time.GetUtcNow());
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        TableStoreExtensions.ValidateBatch(operations);
        EntityLimits.CheckBatch(operations);
        return database.WriteAsync<IReadOnlyList<string?>>(
            session =>
            {
                EnsureTable(session, table);
                var now = time.GetUtcNow();
                var etags = new string?[operations.Count];
                for (var i = 0; i < operations.Count; i++)
                {
                    try
                    {
                        etags[i] = EntityWriter.Apply(session, Key(table), operations[i], now);
                    }
                    catch (StorageException failure)
                    {
                        throw new BatchOperationException(i, failure.Kind, failure.Message, failure.Status, failure.ErrorCode);
                    }
                }

                return etags;
            },
            cancellationToken);
    }

    private static string Key(string table) => table.ToLowerInvariant();

    private static (string Sql, List<KeyValuePair<string, object>> Parameters) QuerySql(string table, TableQuery query)
    {
        var parameters = new List<KeyValuePair<string, object>> { new("$tbl", Key(table)), new("$limit", query.PageSize + 1) };
        var sql = new StringBuilder("SELECT pk, rk, etag, ts, props FROM entities WHERE tbl = $tbl");
        if (query.PartitionKey is not null)
        {
            sql.Append(" AND pk = $pk");
            parameters.Add(new("$pk", query.PartitionKey));
        }

        if (query.ContinuationToken is not null)
        {
            var (partitionKey, rowKey) = ContinuationToken.Decode(query.ContinuationToken);
            sql.Append(" AND (pk, rk) > ($cpk, $crk)");
            parameters.Add(new("$cpk", partitionKey));
            parameters.Add(new("$crk", rowKey));
        }

        if (query.Filter is not null)
        {
            sql.Append(" AND ").Append(FilterSql.Compile(query.Filter, parameters));
        }

        sql.Append(" ORDER BY pk, rk LIMIT $limit");
        return (sql.ToString(), parameters);
    }

    private void EnsureTable(SqliteSession session, string table)
    {
        var key = Key(table);
        if (knownTables.ContainsKey(key))
        {
            return;
        }

        var command = session.Command(TableExistsSql);
        command.Parameters.AddWithValue("$name", key);
        if (command.ExecuteScalar() is null)
        {
            throw new StorageException(StorageErrorKind.NotFound, $"Table '{table}' does not exist.", 404, "TableNotFound");
        }

        // Tables are never deleted through this contract, so a table seen once exists for good.
        knownTables.TryAdd(key, true);
    }
}
