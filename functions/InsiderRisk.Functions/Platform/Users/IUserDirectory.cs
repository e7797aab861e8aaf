using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Functions.Platform.Users;

/// <summary>
/// Users as the world outside the store sees them. Every stored key uses the pseudonym (stable whatever
/// the PseudonymizeUsers setting), and the identity map (pseudonym → real identity, table
/// <c>IdentityMap</c>) is read only by the reveal path and by the effects that must reach the person.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The keyed pseudonym of a raw user id (UPN or object id).</summary>
    UserPseudonym Pseudonymize(string rawUserId);

    /// <summary>Keeps the real identity behind a pseudonym (idempotent upsert); returns the pseudonym.</summary>
    Task<UserPseudonym> RememberAsync(UserIdentity identity, CancellationToken cancellationToken = default);

    /// <summary>The real identity; callers must have authorized and audited the read.</summary>
    Task<UserIdentity?> RevealAsync(UserPseudonym user, CancellationToken cancellationToken = default);

    /// <summary>The user as a response shows them: pseudonymized unless the setting is off.</summary>
    Task<UserView> ViewAsync(UserPseudonym user, CancellationToken cancellationToken = default);

    /// <summary>The id a response shows for the user (pseudonym, or raw id when pseudonymization is off).</summary>
    Task<string> DisplayIdAsync(UserPseudonym user, CancellationToken cancellationToken = default);

    /// <summary>
    /// A route's <c>{userId}</c>: a pseudonym, or (only when pseudonymization is off) a raw id.
    /// Null when it names nobody we may look up.
    /// </summary>
    Task<UserPseudonym?> ResolveRouteUserAsync(string routeValue, CancellationToken cancellationToken = default);
}
