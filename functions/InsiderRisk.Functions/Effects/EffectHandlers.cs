using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// The effect handlers by kind: the integrations' (as configuration chose them), then any registered
/// one by one as <see cref="IEffectHandler"/>. When several serve one kind the last wins, as with any
/// DI service, so a test or a deployment can replace one.
/// </summary>
public sealed class EffectHandlers(ConfiguredEffectHandlers integrations, IEnumerable<IEffectHandler> handlers)
{
    private readonly Dictionary<EffectKind, IEffectHandler> byKind = integrations.All.Concat(handlers)
        .GroupBy(handler => handler.Kind)
        .ToDictionary(group => group.Key, group => group.Last());

    /// <summary>Every kind the runner hands to a handler: all but the case's own timer.</summary>
    public static IReadOnlyList<EffectKind> OutsideKinds { get; } =
        [.. Enum.GetValues<EffectKind>().Where(kind => kind != EffectKind.ReviewDueTimer)];

    public IReadOnlyList<EffectKind> Missing => [.. OutsideKinds.Where(kind => !byKind.ContainsKey(kind))];

    public IEffectHandler For(EffectKind kind) =>
        byKind.TryGetValue(kind, out var handler)
            ? handler
            : throw new InvalidOperationException($"No effect handler is registered for {kind}.");
}
