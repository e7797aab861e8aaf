using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// Turns one email effect into the email it sends. Shared by the ACS handler and the local sink,
/// so the sink records exactly what ACS would have been given.
/// </summary>
public interface IEmailComposer
{
    EffectKind Kind { get; }

    EmailComposition Compose(EffectInvocation invocation);
}
