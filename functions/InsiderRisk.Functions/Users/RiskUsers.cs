using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Users;

/// <summary>
/// Route users for the risk routes: a <c>{userId}</c> names a known user when the directory resolves it
/// and the user has any risk input (an alert, feedback, an assessment or a pending change).
/// </summary>
public sealed class RiskUsers(
    IUserDirectory directory,
    UserRiskStore risks,
    UserRiskProfileStore profiles,
    RiskDirtyIndex dirty,
    AlertStore alerts)
{
    public async Task<UserPseudonym?> ResolveKnownAsync(string routeValue, CancellationToken cancellationToken = default)
    {
        if (await directory.ResolveRouteUserAsync(routeValue, cancellationToken) is not { } user || !PropertyValues.IsValidKey(user.Value))
        {
            return null;
        }

        return await HasInputsAsync(user, cancellationToken) ? user : null;
    }

    public async Task<bool> HasInputsAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        if (await risks.GetAsync(user, cancellationToken) is not null
            || (await profiles.GetAsync(user, cancellationToken)).Exists
            || await dirty.GetAsync(user, cancellationToken) is not null)
        {
            return true;
        }

        await foreach (var alert in alerts.ListByUserAsync(user, cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>What an audit entry may name for a route's user: the pseudonym, never a raw id.</summary>
    public string AuditTarget(string routeValue) =>
        string.IsNullOrWhiteSpace(routeValue) ? "(blank user id)"
        : Pseudonymizer.IsPseudonym(routeValue) ? routeValue
        : directory.Pseudonymize(routeValue).Value;
}
