using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Graph;

namespace InsiderRisk.Integrations.Effects;

/// <summary>
/// The handlers chosen for CreateTeam, ArchiveTeam, CreateInvestigation, CreateIncident and RunFlow,
/// the flow catalog, and the Identity Protection client (null when Graph is not configured).
/// Owns the HTTP clients behind them.
/// </summary>
public sealed class IntegrationHandlerSet(
    IReadOnlyList<IEffectHandler> handlers,
    FlowCatalog flows,
    IdentityRiskFeedbackClient? riskFeedback,
    IReadOnlyList<IDisposable> owned) : IDisposable
{
    public IReadOnlyList<IEffectHandler> Handlers => handlers;

    public FlowCatalog Flows => flows;

    public IdentityRiskFeedbackClient? RiskFeedback => riskFeedback;

    public IEffectHandler For(EffectKind kind) =>
        handlers.FirstOrDefault(handler => handler.Kind == kind) ?? throw new KeyNotFoundException($"No handler serves {kind}.");

    /// <summary>One line per kind, e.g. "CreateTeam=graph", safe to log at startup (no URLs, no secrets).</summary>
    public string Describe() => string.Join(", ", handlers.Select(handler => $"{handler.Kind}={handler.Channel}"));

    public void Dispose()
    {
        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }
    }
}
