using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// The team one effect asks for. <see cref="Description"/> carries the case id and the effect id and is
/// the team's idempotency marker: before creating, the handler looks for a group with exactly this
/// description, so a retry after a lost response finds the team instead of creating a second one.
/// <see cref="Owner"/> is the analyst who asked (staff, not the investigated user).
/// </summary>
public sealed record TeamRequest(string DisplayName, string Description, string Owner)
{
    public static TeamRequest For(EffectInvocation invocation, EffectPayload.CreateTeam payload)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(payload);
        return new(payload.DisplayName, DescriptionFor(invocation.CaseId, invocation.EffectId), payload.Owner);
    }

    public static string DescriptionFor(CaseId caseId, EffectId effectId) =>
        $"InsiderRisk case {caseId.Value} (effect {effectId.Value})";
}
