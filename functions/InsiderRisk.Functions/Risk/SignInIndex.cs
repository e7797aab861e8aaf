using InsiderRisk.Domain;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Table <c>SignIns</c>: which user a sign-in belongs to, so <c>/api/signins/{signInId}</c> finds the
/// user without reading any alert. The first user recorded for a sign-in keeps it.
/// </summary>
public sealed class SignInIndex(ITableStore tables)
{
    private const string RowKey = "signin";

    public static bool IsValidId(string? signInId) =>
        !string.IsNullOrWhiteSpace(signInId) && signInId.Length <= 256 && PropertyValues.IsValidKey(signInId);

    public async Task RecordAsync(SignInId signInId, UserPseudonym user, CancellationToken cancellationToken = default)
    {
        if (!IsValidId(signInId.Value))
        {
            return;
        }

        try
        {
            await tables.InsertAsync(RiskTables.SignIns, new TableEntity(signInId.Value, RowKey) { ["User"] = user.Value }, cancellationToken);
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.Conflict)
        {
            // Already recorded: a sign-in belongs to one user.
        }
    }

    public async Task<UserPseudonym?> FindUserAsync(SignInId signInId, CancellationToken cancellationToken = default)
    {
        if (!IsValidId(signInId.Value))
        {
            return null;
        }

        var row = await tables.GetAsync(RiskTables.SignIns, signInId.Value, RowKey, cancellationToken: cancellationToken);
        return row?.GetString("User") is { Length: > 0 } user ? new UserPseudonym(user) : null;
    }
}
