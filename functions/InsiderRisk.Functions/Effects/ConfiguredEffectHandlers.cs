using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// The handlers the integrations' own registration helpers chose from configuration (real service or
/// local sink), built once. Handlers registered one by one as <see cref="IEffectHandler"/> take precedence.
/// </summary>
public sealed class ConfiguredEffectHandlers(IReadOnlyList<IEffectHandler> handlers)
{
    public IReadOnlyList<IEffectHandler> All { get; } = handlers;
}
