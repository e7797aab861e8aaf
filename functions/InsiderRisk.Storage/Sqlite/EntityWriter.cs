using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>Applies one validated write inside the caller's transaction, with Table Storage's outcomes.</summary>
internal static class EntityWriter
{
    private const string KeyWhere = " WHERE tbl = $tbl AND pk = $pk AND rk = $rk";
    private const string SelectETagSql = "SELECT etag FROM entities" + KeyWhere;
    private const string SelectForMergeSql = "SELECT etag, props FROM entities" + KeyWhere;
    private const string InsertSql = "INSERT INTO entities (tbl, pk, rk, etag, ts, props) VALUES ($tbl, $pk, $rk, $etag, $ts, $props) ON CONFLICT DO NOTHING";
    private const string UpsertSql = "INSERT INTO entities (tbl, pk, rk, etag, ts, props) VALUES ($tbl, $pk, $rk, $etag, $ts, $props) "
        + "ON CONFLICT (tbl, pk, rk) DO UPDATE SET etag = excluded.etag, ts = excluded.ts, props = excluded.props";
    private const string UpdateSql = "UPDATE entities SET etag = $etag, ts = $ts, props = $props" + KeyWhere;
    private const string DeleteSql = "DELETE FROM entities" + KeyWhere;

    /// <summary>Returns the new ETag (null after a delete), or throws a typed <see cref="StorageException"/>.</summary>
    public static string? Apply(SqliteSession session, string table, TableOperation operation, DateTimeOffset now)
    {
        var entity = operation.Entity;
        var etag = NewETag();
        switch (operation.Kind)
        {
            case TableOperationKind.Insert:
                return Write(session, InsertSql, table, entity, etag, now, PropertyJson.Write(entity.Properties)) == 1
                    ? etag
                    : throw new StorageException(StorageErrorKind.Conflict, "The entity already exists.", 409, "EntityAlreadyExists");

            case TableOperationKind.UpsertReplace:
                Write(session, UpsertSql, table, entity, etag, now, PropertyJson.Write(entity.Properties));
                return etag;

            case TableOperationKind.Replace:
                CheckETag(ReadETag(session, table, entity), operation.IfMatch);
                Write(session, UpdateSql, table, entity, etag, now, PropertyJson.Write(entity.Properties));
                return etag;

            case TableOperationKind.Merge or TableOperationKind.UpsertMerge:
                return Merge(session, table, operation, etag, now);

            case TableOperationKind.Delete:
                CheckETag(ReadETag(session, table, entity), operation.IfMatch);
                Write(session, DeleteSql, table, entity, etag: null, now, props: null);
                return null;

            default:
                throw new StorageException(StorageErrorKind.InvalidInput, $"Unknown operation {operation.Kind}.");
        }
    }

    private static string Merge(SqliteSession session, string table, TableOperation operation, string etag, DateTimeOffset now)
    {
        var entity = operation.Entity;
        var command = Keyed(session, SelectForMergeSql, table, entity);
        string? storedETag = null;
        var merged = new TableEntity(entity.PartitionKey, entity.RowKey);
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                storedETag = reader.GetString(0);
                PropertyJson.Read(reader.GetString(1), merged.Properties);
            }
        }

        if (operation.Kind == TableOperationKind.Merge)
        {
            CheckETag(storedETag, operation.IfMatch);
        }

        foreach (var (name, value) in entity.Properties)
        {
            merged.Properties[name] = value;
        }

        EntityLimits.Check(merged);
        Write(session, storedETag is null ? InsertSql : UpdateSql, table, entity, etag, now, PropertyJson.Write(merged.Properties));
        return etag;
    }

    private static string? ReadETag(SqliteSession session, string table, TableEntity entity) =>
        Keyed(session, SelectETagSql, table, entity).ExecuteScalar() as string;

    private static void CheckETag(string? stored, string? ifMatch)
    {
        if (stored is null)
        {
            throw new StorageException(StorageErrorKind.NotFound, "The entity does not exist.", 404, "ResourceNotFound");
        }

        if (ifMatch != TableOperation.AnyETag && !string.Equals(stored, ifMatch, StringComparison.Ordinal))
        {
            throw new StorageException(StorageErrorKind.PreconditionFailed, "The entity was changed since it was read (ETag mismatch).", 412, "UpdateConditionNotSatisfied");
        }
    }

    private static int Write(SqliteSession session, string sql, string table, TableEntity entity, string? etag, DateTimeOffset now, string? props)
    {
        var command = Keyed(session, sql, table, entity);
        if (props is not null)
        {
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$ts", now.UtcTicks);
            command.Parameters.AddWithValue("$props", props);
        }

        return command.ExecuteNonQuery();
    }

    private static Microsoft.Data.Sqlite.SqliteCommand Keyed(SqliteSession session, string sql, string table, TableEntity entity)
    {
        var command = session.Command(sql);
        command.Parameters.AddWithValue("$tbl", table);
        command.Parameters.AddWithValue("$pk", entity.PartitionKey);
        command.Parameters.AddWithValue("$rk", entity.RowKey);
        return command;
    }

    private static string NewETag() => $"W/\"{Guid.NewGuid():N}\"";
}
