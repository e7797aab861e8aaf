using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Integrations.Effects;

/// <summary>
/// Runs one kind of outside effect. Implemented by each real integration and by the local sink;
/// configuration chooses which one serves a kind. Must be idempotent per <see cref="EffectInvocation.EffectId"/>:
/// a second call for the same effect (after a lost response or a crash) must not send, create or
/// post anything twice.
/// </summary>
public interface IEffectHandler
{
    EffectKind Kind { get; }

    /// <summary>What serves the kind, shown in the effect's result: e.g. "acs", "graph", "servicenow", "local-sink".</summary>
    string Channel { get; }

    Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default);
}
