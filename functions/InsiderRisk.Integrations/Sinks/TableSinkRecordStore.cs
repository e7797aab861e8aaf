using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// <see cref="ISinkRecordStore"/> on the table contract: table <c>SinkRecords</c>, PartitionKey = case id,
/// RowKey = effect id; properties Kind, Request, Result, RecordedAt. Works on SQLite and Azure Tables alike.
/// </summary>
public sealed class TableSinkRecordStore(ITableStore tables) : ISinkRecordStore
{
    public const string Table = "SinkRecords";

    /// <summary>Table properties are capped at 64 KiB; a request is a few hundred bytes, so this only guards odd input.</summary>
    private const int MaxRequestChars = 30_000;

    private volatile bool tableReady;

    public async Task<SinkRecord?> FindAsync(CaseId caseId, EffectId effectId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var entity = await tables.GetAsync(Table, caseId.Value, effectId.Value, cancellationToken: cancellationToken);
        return entity is null ? null : Read(entity);
    }

    public async Task RecordAsync(SinkRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await EnsureTableAsync(cancellationToken);
        var entity = new TableEntity(record.CaseId, record.EffectId)
        {
            ["Kind"] = record.Kind.ToString(),
            ["Request"] = record.Request.Length <= MaxRequestChars ? record.Request : record.Request[..MaxRequestChars],
            ["Result"] = record.Result,
            ["RecordedAt"] = record.RecordedAt.ToUniversalTime(),
        };
        await tables.UpsertAsync(Table, entity, cancellationToken);
    }

    public async Task<IReadOnlyList<SinkRecord>> ListAsync(CaseId caseId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var records = new List<SinkRecord>();
        await foreach (var entity in tables.QueryAsync(Table, new TableQuery { PartitionKey = caseId.Value }, cancellationToken))
        {
            records.Add(Read(entity));
        }

        return records;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!tableReady)
        {
            await tables.CreateTableIfNotExistsAsync(Table, cancellationToken);
            tableReady = true;
        }
    }

    private static SinkRecord Read(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        Enum.TryParse<EffectKind>(entity.GetString("Kind"), out var kind) ? kind : throw new InvalidDataException($"Sink record {entity.RowKey} has no known kind."),
        entity.GetString("Request") ?? "",
        entity.GetString("Result") ?? "",
        entity.GetDateTime("RecordedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue);
}
