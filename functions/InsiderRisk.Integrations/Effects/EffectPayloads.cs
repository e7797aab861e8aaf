using System.Globalization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Effects;

/// <summary>A handler given another kind's payload: a wiring bug no retry can fix.</summary>
public static class EffectPayloads
{
    public static EffectOutcome.Failed Mismatch(EffectInvocation invocation, EffectKind expected)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new EffectOutcome.Failed(
            string.Create(CultureInfo.InvariantCulture, $"the {expected} handler was given a {invocation.Payload.Kind} payload"),
            Permanent: true);
    }
}
