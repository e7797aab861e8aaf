using InsiderRisk.Domain;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Table <c>UserRisk</c> and its aging index <c>RiskExpiry</c>. A save writes the new expiry entry
/// before the assessment and drops the old one after, so a crash leaves at worst a stale entry
/// (skipped when read), never an assessment that no run would find once it ages out.
/// </summary>
public sealed class UserRiskStore(ITableStore tables)
{
    public async Task<StoredUserRisk?> GetAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(RiskTables.UserRisk, RiskShards.For(user), user.Value, cancellationToken: cancellationToken);
        return row is null ? null : UserRiskRows.FromRow(row);
    }

    public async Task SaveAsync(StoredUserRisk risk, StoredUserRisk? previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var newDay = RiskExpiryDays.Of(risk.Assessment.ValidUntil);
        if (newDay is not null)
        {
            await tables.UpsertAsync(RiskTables.Expiry, new TableEntity(newDay, risk.User.Value), cancellationToken);
        }

        await tables.UpsertAsync(RiskTables.UserRisk, UserRiskRows.ToRow(risk), cancellationToken);
        var oldDay = RiskExpiryDays.Of(previous?.Assessment.ValidUntil);
        if (oldDay is not null && oldDay != newDay)
        {
            await DeleteExpiryAsync(oldDay, risk.User, cancellationToken);
        }
    }

    public async Task DeleteExpiryAsync(string day, UserPseudonym user, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.ExecuteAsync(RiskTables.Expiry, TableOperation.Delete(day, user.Value), cancellationToken);
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.NotFound)
        {
            // Already gone: another run cleaned it.
        }
    }
}
