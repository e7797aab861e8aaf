using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// How the local sink stands in for one kind: the request the real integration would send (built by
/// the same code) and a deterministic, clearly labelled result, so a retry gets the same one.
/// </summary>
public interface ILocalSinkPlan
{
    EffectKind Kind { get; }

    /// <summary>Called only with a payload of <see cref="Kind"/>.</summary>
    SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now);

    /// <summary>The outcome a record stands for; its Detail starts "local sink:".</summary>
    EffectOutcome.Succeeded Outcome(SinkRecord record);
}
