using InsiderRisk.Domain;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>The local sink's messages in table <c>SentMessages</c> on the storage contract (SQLite locally, Table Storage in Azure).</summary>
public sealed class TableSentMessageStore(ITableStore store) : ISentMessageSink, ISentMessageReader
{
    public const string Table = "SentMessages";

    private volatile bool tableReady;

    /// <summary>Upsert: a retried effect replaces its row, so each effect keeps exactly one.</summary>
    public async Task RecordAsync(SentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var entity = SentMessageRows.ToEntity(message);
        await EnsureTableAsync(cancellationToken);
        await store.UpsertAsync(Table, entity, cancellationToken);
    }

    public async Task<IReadOnlyList<SentMessage>> ListAsync(CaseId caseId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var messages = new List<SentMessage>();
        await foreach (var entity in store.QueryAsync(Table, new TableQuery { PartitionKey = caseId.Value }, cancellationToken))
        {
            messages.Add(SentMessageRows.FromEntity(entity));
        }

        return messages;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!tableReady)
        {
            await store.CreateTableIfNotExistsAsync(Table, cancellationToken);
            tableReady = true;
        }
    }
}
