using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// The scoring settings of the moment and the booster lists as pseudonyms. <see cref="Stamp"/> changes
/// whenever anything here changes (then the next run walks every scored user);
/// <see cref="SettingsVersion"/> is one user's share of it, the third part of their inputs' fingerprint.
/// </summary>
public sealed class RiskScoringContext
{
    private readonly IReadOnlySet<string> _priorityUsers;
    private readonly IReadOnlySet<string> _highImpactUsers;

    public RiskScoringContext(RiskScoringSettings settings, IReadOnlySet<string> priorityUsers, IReadOnlySet<string> highImpactUsers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _priorityUsers = priorityUsers;
        _highImpactUsers = highImpactUsers;
        Stamp = Fnv64.Of(string.Join(
            '|',
            [Knobs(), string.Join(',', priorityUsers.Order(StringComparer.Ordinal)), string.Join(',', highImpactUsers.Order(StringComparer.Ordinal))]));
    }

    public RiskScoringSettings Settings { get; }

    public long Stamp { get; }

    public RiskBoosterMembership MembershipOf(UserPseudonym user) =>
        new(_priorityUsers.Contains(user.Value), _highImpactUsers.Contains(user.Value));

    public long SettingsVersion(UserPseudonym user)
    {
        var membership = MembershipOf(user);
        return Fnv64.Of($"{Knobs()}|{membership.InPriorityUserGroup}|{membership.PotentialHighImpactUser}");
    }

    private string Knobs() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Settings.Window.Ticks}|{Settings.PriorityUserGroupFactor:R}|{Settings.PotentialHighImpactFactor:R}");
}
