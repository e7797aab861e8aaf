using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Integrations.Effects;

/// <summary>
/// One attempt at one effect. <see cref="EffectId"/> is the idempotency key (derive any external
/// idempotency key from it, e.g. a UUID for ACS's Operation-Id). <see cref="Attempt"/> starts at 1.
/// </summary>
public sealed record EffectInvocation(
    CaseId CaseId,
    EffectId EffectId,
    int Attempt,
    EffectPayload Payload,
    EffectCaseContext Case);
