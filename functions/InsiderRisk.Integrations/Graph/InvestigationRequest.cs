using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// The eDiscovery (Premium) case an escalation asks for. <see cref="ExternalId"/> is our case id: with
/// the display name it identifies the eDiscovery case an earlier attempt created. No user identity is
/// sent; the legal team adds custodians in eDiscovery itself.
/// </summary>
public sealed record InvestigationRequest(string DisplayName, string Description, string ExternalId)
{
    public static InvestigationRequest For(EffectInvocation invocation, EffectPayload.CreateInvestigation payload)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(payload);
        var origin = $"Escalated from InsiderRisk case {invocation.CaseId.Value}.";
        var description = string.IsNullOrWhiteSpace(payload.Notes) ? origin : $"{payload.Notes.Trim()}\n\n{origin}";
        return new(payload.InvestigationName, description, invocation.CaseId.Value);
    }
}
