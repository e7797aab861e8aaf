using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// What the runner last got back for an effect: which channel served it (a real service or the local
/// sink), what that channel says it did or why it stopped, at which attempt. No identities, no secrets.
/// </summary>
public sealed record EffectDelivery(
    CaseId CaseId,
    EffectId EffectId,
    EffectKind Kind,
    string Channel,
    EffectStatus Outcome,
    string Detail,
    int Attempt,
    DateTimeOffset RecordedAt);
