using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Integrations.Effects;

/// <summary>
/// What an effect may know of its case. <see cref="User"/> is the pseudonym; <see cref="RealUser"/>
/// is filled only for the effects that must reach the real person (the notice to the user, the
/// escalation) and is null otherwise: real identities leave only in the payloads that need them.
/// </summary>
public sealed record EffectCaseContext(
    string CaseName,
    UserPseudonym User,
    UserIdentity? RealUser,
    IReadOnlyList<string> Policies,
    string Organization,
    Uri? CaseLink);
