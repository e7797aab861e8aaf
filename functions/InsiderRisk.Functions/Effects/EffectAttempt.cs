using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Effects;

/// <summary>One attempt at a pending effect: which case, which effect, which channel served it, which try.</summary>
public sealed record EffectAttempt(CaseId CaseId, CaseEffect Effect, string Channel, int Number)
{
    public EffectId EffectId => Effect.EffectId;

    public EffectKind Kind => Effect.Kind;
}
