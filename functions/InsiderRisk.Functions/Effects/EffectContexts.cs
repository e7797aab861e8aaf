using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// What an effect may know of its case. The real identity is looked up only for the effects that must
/// reach the person themselves (the notice to the user, the eDiscovery case about them).
/// </summary>
public sealed class EffectContexts(IUserDirectory users, ISettingsStore settings)
{
    public static bool NeedsRealUser(EffectKind kind) => kind is EffectKind.SendNotice or EffectKind.CreateInvestigation;

    public async Task<EffectCaseContext> BuildAsync(CaseState state, EffectKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var realUser = NeedsRealUser(kind) ? await users.RevealAsync(state.User, cancellationToken) : null;
        var organization = (await settings.GetAsync(cancellationToken)).Integrations.Organization;
        var policies = state.Alerts.Select(alert => alert.Policy).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new EffectCaseContext(state.Name, state.User, realUser, policies, organization, CaseLink: null);
    }
}
