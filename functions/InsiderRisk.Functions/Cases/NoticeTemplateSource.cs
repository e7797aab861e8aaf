using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Reads the notice templates admins keep (table <see cref="Table"/>, PartitionKey
/// <see cref="Partition"/>, RowKey = template name, the domain's <see cref="NoticeTemplate"/> as JSON in
/// property <see cref="JsonProperty"/>), so a notice command carries the template as it is now.
/// </summary>
public sealed class NoticeTemplateSource(ITableStore tables)
{
    public const string Table = "NoticeTemplates";
    public const string Partition = "templates";
    public const string JsonProperty = "Json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Whether a name can be a template's key at all (else no template can have it).</summary>
    public static bool IsPossibleName(string name) =>
        CaseText.IsValid(name, CaseText.NameMaxLength) && PropertyValues.IsValidKey(name);

    public async Task<NoticeTemplate?> FindAsync(string name, CancellationToken cancellationToken)
    {
        if (!IsPossibleName(name))
        {
            return null;
        }

        var row = await tables.GetAsync(Table, Partition, name, [JsonProperty], cancellationToken);
        return row?.GetString(JsonProperty) is { } json ? JsonSerializer.Deserialize<NoticeTemplate>(json, Json) : null;
    }
}
