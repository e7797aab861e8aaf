using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Table <see cref="Table"/>: one row per effect (PartitionKey = case id, RowKey = effect id), replaced
/// by each later attempt, so a re-run effect never leaves two.
/// </summary>
public sealed class EffectDeliveryLog(ITableStore tables)
{
    public const string Table = "EffectDeliveries";

    private const int MaxDetailChars = 4_000;

    public async Task RecordAsync(EffectDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var entity = new TableEntity(delivery.CaseId.Value, delivery.EffectId.Value)
        {
            ["Kind"] = delivery.Kind.ToString(),
            ["Channel"] = delivery.Channel,
            ["Outcome"] = delivery.Outcome.ToString(),
            ["Detail"] = delivery.Detail.Length > MaxDetailChars ? delivery.Detail[..MaxDetailChars] : delivery.Detail,
            ["Attempt"] = delivery.Attempt,
            ["RecordedAt"] = delivery.RecordedAt.ToUniversalTime(),
        };
        await tables.UpsertAsync(Table, entity, cancellationToken);
    }

    public async Task<EffectDelivery?> FindAsync(CaseId caseId, EffectId effectId, CancellationToken cancellationToken)
    {
        if (!PropertyValues.IsValidKey(caseId.Value) || !PropertyValues.IsValidKey(effectId.Value))
        {
            return null;
        }

        var row = await tables.GetAsync(Table, caseId.Value, effectId.Value, cancellationToken: cancellationToken);
        return row is null
            ? null
            : new EffectDelivery(
                caseId,
                effectId,
                Enum.TryParse<EffectKind>(row.GetString("Kind"), out var kind) ? kind : throw Corrupt(row, "Kind"),
                row.GetString("Channel") ?? string.Empty,
                Enum.TryParse<EffectStatus>(row.GetString("Outcome"), out var outcome) ? outcome : throw Corrupt(row, "Outcome"),
                row.GetString("Detail") ?? string.Empty,
                row.GetInt32("Attempt") ?? 0,
                row.GetDateTime("RecordedAt") ?? DateTimeOffset.MinValue);
    }

    private static InvalidDataException Corrupt(TableEntity row, string property) =>
        new($"Effect delivery {row.PartitionKey}/{row.RowKey} has no valid {property}.");
}
