using System.Collections.Concurrent;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Platform.Users;

/// <summary>
/// Pseudonyms and the identity map (table <c>IdentityMap</c>, PartitionKey = pseudonym). Identities
/// already written by this process are remembered so ingestion does not rewrite them per alert.
/// </summary>
public sealed class UserDirectory(Pseudonymizer pseudonymizer, ITableStore tables, ISettingsStore settings) : IUserDirectory
{
    public const string Table = "IdentityMap";
    private const string Row = "identity";
    private const int RememberedCap = 100_000;
    private readonly ConcurrentDictionary<string, UserIdentity> remembered = new(StringComparer.Ordinal);

    public UserPseudonym Pseudonymize(string rawUserId) => pseudonymizer.Pseudonymize(rawUserId);

    public async Task<UserPseudonym> RememberAsync(UserIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var pseudonym = Pseudonymize(identity.Id);
        if (remembered.TryGetValue(pseudonym.Value, out var known) && known == identity)
        {
            return pseudonym;
        }

        var row = new TableEntity(pseudonym.Value, Row) { ["Id"] = UserIds.Normalize(identity.Id) };
        Set(row, "DisplayName", identity.DisplayName);
        Set(row, "Email", identity.Email);
        Set(row, "Department", identity.Department);
        Set(row, "Manager", identity.Manager);
        Set(row, "ManagerEmail", identity.ManagerEmail);
        // Merge: a sparse identity (an alert carries only the id) never erases richer fields already known.
        await tables.ExecuteAsync(Table, TableOperation.UpsertMerge(row), cancellationToken);
        if (remembered.Count >= RememberedCap)
        {
            remembered.Clear();
        }

        remembered[pseudonym.Value] = identity;
        return pseudonym;
    }

    public async Task<UserIdentity?> RevealAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(Table, user.Value, Row, cancellationToken: cancellationToken);
        return row is null
            ? null
            : new UserIdentity(
                row.GetString("Id") ?? "",
                row.GetString("DisplayName"),
                row.GetString("Email"),
                row.GetString("Department"),
                row.GetString("Manager"),
                row.GetString("ManagerEmail"));
    }

    public async Task<UserView> ViewAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var current = await settings.GetAsync(cancellationToken);
        var identity = current.PseudonymizeUsers ? null : await RevealAsync(user, cancellationToken);
        return identity is null
            ? new UserView(user.Value, user.Value, null, null, null, null)
            : UserViews.Show(identity, pseudonymize: false, pseudonymizer);
    }

    public async Task<string> DisplayIdAsync(UserPseudonym user, CancellationToken cancellationToken = default) =>
        (await ViewAsync(user, cancellationToken)).Id;

    public async Task<UserPseudonym?> ResolveRouteUserAsync(string routeValue, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(routeValue))
        {
            return null;
        }

        if (Pseudonymizer.IsPseudonym(routeValue))
        {
            return new UserPseudonym(routeValue);
        }

        // A raw id names a user only where the API shows raw ids; otherwise it could be used to probe who is known.
        var current = await settings.GetAsync(cancellationToken);
        return current.PseudonymizeUsers ? null : Pseudonymize(routeValue);
    }

    private static void Set(TableEntity row, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            row[name] = value;
        }
    }
}
