using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Builds the <see cref="RiskScoringContext"/> from the admin settings and <c>Risk__WindowDays</c>.
/// The booster lists hold raw user ids or pseudonyms; both are compared as pseudonyms.
/// </summary>
public sealed class RiskScoringContextSource(ISettingsStore settings, IUserDirectory directory, IOptions<RiskOptions> options)
{
    public async Task<RiskScoringContext> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = await settings.GetAsync(cancellationToken);
        var window = TimeSpan.FromDays(options.Value.WindowDays);
        return new RiskScoringContext(current.ToRiskSettings(window), Pseudonyms(current.PriorityUserGroups), Pseudonyms(current.HighImpactUsers));
    }

    private HashSet<string> Pseudonyms(IEnumerable<string> entries) =>
        entries
            .Where(entry => !string.IsNullOrWhiteSpace(entry))
            .Select(entry => Pseudonymizer.IsPseudonym(entry.Trim()) ? entry.Trim() : directory.Pseudonymize(entry).Value)
            .ToHashSet(StringComparer.Ordinal);
}
