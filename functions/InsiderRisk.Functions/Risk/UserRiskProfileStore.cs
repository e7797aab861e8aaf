using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Table <c>UserRiskProfiles</c>: each user's <see cref="UserRiskProfile"/> as JSON (property <c>P…</c>)
/// with its <c>Version</c>. Changes are read-modify-write under the row's ETag, retried on a
/// concurrent writer, so no feedback is ever lost.
/// </summary>
public sealed class UserRiskProfileStore(ITableStore tables)
{
    private const int MaxAttempts = 10;

    public async Task<StoredProfile> GetAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(RiskTables.Profiles, RiskShards.For(user), user.Value, cancellationToken: cancellationToken);
        if (row is null)
        {
            return new StoredProfile(UserRiskProfile.Empty, null);
        }

        var json = RiskTextChunks.Read(row, "P") ?? throw new StorageException(StorageErrorKind.Other, "A stored risk profile has no data.");
        var profile = JsonSerializer.Deserialize<UserRiskProfile>(json, RiskJson.Options)
            ?? throw new StorageException(StorageErrorKind.Other, "A stored risk profile is null.");
        return new StoredProfile(profile, row.ETag);
    }

    /// <summary>Applies <paramref name="change"/> to the current profile; no write when it changes nothing.</summary>
    /// <returns>The profile before and after.</returns>
    public Task<(UserRiskProfile Before, UserRiskProfile After)> UpdateAsync(
        UserPseudonym user, Func<UserRiskProfile, UserRiskProfile> change, CancellationToken cancellationToken = default) =>
        UpdateAsync(user, change, null, cancellationToken);

    /// <summary>
    /// <see cref="UpdateAsync(UserPseudonym, Func{UserRiskProfile, UserRiskProfile}, CancellationToken)"/>
    /// starting from <paramref name="read"/>, the profile as just read: its ETag makes a stale one lose and read again.
    /// </summary>
    public async Task<(UserRiskProfile Before, UserRiskProfile After)> UpdateAsync(
        UserPseudonym user, Func<UserRiskProfile, UserRiskProfile> change, StoredProfile? read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var stored = attempt == 1 && read is not null ? read : await GetAsync(user, cancellationToken);
            var next = change(stored.Profile);
            if (next == stored.Profile)
            {
                return (stored.Profile, next);
            }

            try
            {
                await WriteAsync(user, next, stored.ETag, cancellationToken);
                return (stored.Profile, next);
            }
            catch (StorageException e) when (e.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.Conflict && attempt < MaxAttempts)
            {
                // Another writer won; decide again on what it wrote.
            }
        }
    }

    private Task<string?> WriteAsync(UserPseudonym user, UserRiskProfile profile, string? etag, CancellationToken cancellationToken)
    {
        var row = new TableEntity(RiskShards.For(user), user.Value) { ["Version"] = profile.Version };
        RiskTextChunks.Write(row, "P", JsonSerializer.Serialize(profile, RiskJson.Options));
        var operation = etag is null ? TableOperation.Insert(row) : TableOperation.Replace(row, etag);
        return tables.ExecuteAsync(RiskTables.Profiles, operation, cancellationToken);
    }
}
