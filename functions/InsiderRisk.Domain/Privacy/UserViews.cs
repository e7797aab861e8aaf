namespace InsiderRisk.Domain.Privacy;

/// <summary>
/// The identity rule of every response: pseudonymized, a user is their pseudonym and nothing else
/// (email, department and manager would identify them as surely as the UPN); otherwise, and when an
/// Investigator reveals them, the real fields.
/// </summary>
public static class UserViews
{
    public static UserView Show(UserIdentity identity, bool pseudonymize, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        if (pseudonymize)
        {
            var pseudonym = pseudonymizer.Pseudonymize(identity.Id).Value;
            return new UserView(pseudonym, pseudonym, null, null, null, null);
        }

        return Revealed(identity);
    }

    public static UserView Revealed(UserIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new UserView(
            identity.Id,
            identity.DisplayName,
            identity.Email,
            identity.Department,
            identity.Manager,
            identity.ManagerEmail);
    }
}
