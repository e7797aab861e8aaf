using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// <see cref="ITableStore"/> on SQLite, with Table Storage's semantics: ETags, typed properties,
/// filters evaluated in SQL, ordinal (PartitionKey, RowKey) order, paging, atomic batches, and
/// NotFound for a table never created. Table names are case-insensitive, as on Azure.
/// </summary>
public sealed class SqliteTableStore : ITableStore
{
    private const string GetSql = "SELECT etag, ts, props FROM entities WHERE tbl = $tbl AND pk = $pk AND rk = $rk";

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly KnownNames knownTables = KnownNames.Tables();

    public SqliteTableStore(SqliteDatabase database, TimeProvider? time = null)
    {
        this.database = database;
        this.time = time ?? TimeProvider.System;
    }

    public async Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        if (!PropertyValues.IsValidTableName(table))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"'{table}' is not a valid table name (a letter, then letters and digits, 3–63 characters).");
        }

        await database.WriteAsync(
            session =>
            {
                var command = session.Command("INSERT INTO tables (name, display_name) VALUES ($name, $display) ON CONFLICT DO NOTHING");
                command.Parameters.AddWithValue("$name", Key(table));
                command.Parameters.AddWithValue("$display", table);
                return command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    public async Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        PropertyValues.EnsureValidKeys(partitionKey, rowKey);
        return await database.ReadAsync(
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

    public async Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default)
    {
        var (sql, parameters) = EntityQuery.Build(Key(table), query);
        return await database.ReadAsync(
            session =>
            {
                EnsureTable(session, table);
                var command = session.Command(sql);
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                return EntityQuery.Read(command, query);
            },
            cancellationToken);
    }

    public async Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        TableStoreExtensions.ValidateOperation(operation);
        EntityLimits.Check(operation.Entity);
        return await database.WriteAsync(
            session =>
            {
                EnsureTable(session, table);
                return EntityWriter.Apply(session, Key(table), operation, time.GetUtcNow());
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        TableStoreExtensions.ValidateBatch(operations);
        EntityLimits.CheckBatch(operations);
        return await database.WriteAsync<IReadOnlyList<string?>>(
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

    private void EnsureTable(SqliteSession session, string table) => knownTables.Ensure(session, Key(table), table);
}
