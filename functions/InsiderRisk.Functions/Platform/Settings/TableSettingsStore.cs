using System.Text.Json;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Platform.Settings;

/// <summary>
/// The settings document in table <c>Settings</c>. Until an admin saves one, the defaults apply, with
/// <c>Privacy__PseudonymizeUsers</c> from configuration. Reads are cached for a few seconds per
/// instance (every request reads settings); a save here refreshes this instance at once.
/// </summary>
public sealed class TableSettingsStore(ITableStore tables, IOptions<PrivacyOptions> privacy, TimeProvider time) : ISettingsStore
{
    public const string Table = "Settings";
    private const string Partition = "app";
    private const string Row = "current";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private volatile Cached? cached;

    public async Task<AppSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (cached is { } hit && now - hit.ReadAt < CacheFor)
        {
            return hit.Value;
        }

        var row = await tables.GetAsync(Table, Partition, Row, cancellationToken: cancellationToken);
        var value = row?.GetString("Json") is { } json
            ? JsonSerializer.Deserialize<AppSettings>(json, Json) ?? Defaults()
            : Defaults();
        cached = new Cached(value, now);
        return value;
    }

    public async Task SaveAsync(AppSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var row = new TableEntity(Partition, Row) { ["Json"] = JsonSerializer.Serialize(settings, Json) };
        await tables.UpsertAsync(Table, row, cancellationToken);
        cached = new Cached(settings, time.GetUtcNow());
    }

    private AppSettings Defaults() => new() { PseudonymizeUsers = privacy.Value.PseudonymizeUsers };

    private sealed record Cached(AppSettings Value, DateTimeOffset ReadAt);
}
