using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Commands;

/// <summary>The notice template the mix's notices name, stored where admins keep templates (read back by <see cref="NoticeTemplateSource"/>).</summary>
public static class BenchNoticeTemplate
{
    public const string Name = "bench-reminder";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task SaveAsync(ITableStore tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var template = new NoticeTemplate(
            Name,
            "compliance@contoso.example",
            "Reminder: acceptable use policy",
            "Please review the acceptable use policy attached.",
            ImmutableArray<string>.Empty,
            ImmutableArray<string>.Empty);
        var row = new TableEntity(NoticeTemplateSource.Partition, Name) { [NoticeTemplateSource.JsonProperty] = JsonSerializer.Serialize(template, Json) };
        return tables.ExecuteAsync(NoticeTemplateSource.Table, TableOperation.UpsertReplace(row), cancellationToken);
    }
}
