using System.Text.Encodings.Web;
using System.Text.Json;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// Table <c>NoticeTemplates</c>: PartitionKey <c>templates</c>, RowKey = name, property <c>Json</c> = the
/// domain <see cref="NoticeTemplate"/> serialized by System.Text.Json with default (PascalCase) names,
/// which every reader's options accept. The Cases area reads this exact shape to send notices.
/// </summary>
public sealed class NoticeTemplateStore(ITableStore tables)
{
    public const string Table = "NoticeTemplates";
    public const string Partition = "templates";

    private static readonly JsonSerializerOptions StoredJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One string property holds 64 KiB (32,768 UTF-16 chars); escaping can make JSON longer than its text.</summary>
    public const int MaxJsonLength = 32_000;

    public static bool Fits(NoticeTemplate template) => Serialize(template).Length <= MaxJsonLength;

    public async Task<NoticeTemplate?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!NoticeTemplateRules.IsValidName(name))
        {
            return null;
        }

        var row = await tables.GetAsync(Table, Partition, name, cancellationToken: cancellationToken);
        return row is null ? null : Read(row);
    }

    public Task PutAsync(NoticeTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        var row = new TableEntity(Partition, template.Name) { ["Json"] = Serialize(template) };
        return tables.UpsertAsync(Table, row, cancellationToken);
    }

    public async Task<(IReadOnlyList<NoticeTemplate> Items, string? ContinuationToken)> ListAsync(
        int pageSize, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var page = await tables.QueryPageAsync(
            Table,
            new TableQuery { PartitionKey = Partition, PageSize = pageSize, ContinuationToken = continuationToken },
            cancellationToken);
        return ([.. page.Items.Select(Read)], page.ContinuationToken);
    }

    private static string Serialize(NoticeTemplate template) => JsonSerializer.Serialize(template, StoredJson);

    private static NoticeTemplate Read(TableEntity row) =>
        JsonSerializer.Deserialize<NoticeTemplate>(row.GetString("Json") ?? "null", StoredJson)
            ?? throw new StorageException(StorageErrorKind.Other, "A stored notice template has no data.");
}
