using System.Text;
using InsiderRisk.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// A <see cref="TableQuery"/> as one SQL statement. It asks for one row more than the page, so a
/// full page carries a continuation token only when something follows.
/// </summary>
internal static class EntityQuery
{
    public static (string Sql, List<KeyValuePair<string, object>> Parameters) Build(string tableKey, TableQuery query)
    {
        if (query.PageSize is < 1 or > TableQuery.MaxPageSize)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A page holds 1 to {TableQuery.MaxPageSize} entities.");
        }

        var parameters = new List<KeyValuePair<string, object>> { new("$tbl", tableKey), new("$limit", query.PageSize + 1) };
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

    public static TablePage Read(SqliteCommand command, TableQuery query)
    {
        var items = new List<TableEntity>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (items.Count == query.PageSize)
            {
                var last = items[^1];
                return new TablePage(items, ContinuationToken.Encode(last.PartitionKey, last.RowKey));
            }

            var entity = new TableEntity(reader.GetString(0), reader.GetString(1))
            {
                ETag = reader.GetString(2),
                Timestamp = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
            };
            PropertyJson.Read(reader.GetString(4), entity.Properties, query.Select);
            items.Add(entity);
        }

        return new TablePage(items, null);
    }
}
