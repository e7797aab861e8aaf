using InsiderRisk.Domain;
using InsiderRisk.Functions.Platform.Users;

namespace InsiderRisk.Functions.Alerts.Reads;

/// <summary>Display ids of the users on one page, each asked of the directory once.</summary>
public sealed class UserDisplay(IUserDirectory users)
{
    private readonly Dictionary<UserPseudonym, string> _shown = [];

    public async Task<string> ShowAsync(UserPseudonym user, CancellationToken cancellationToken)
    {
        if (!_shown.TryGetValue(user, out var shown))
        {
            shown = _shown[user] = await users.DisplayIdAsync(user, cancellationToken);
        }

        return shown;
    }
}
