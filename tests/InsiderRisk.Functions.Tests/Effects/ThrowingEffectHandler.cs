using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>A handler with a defect: it throws instead of answering, with a message that quotes what it was given.</summary>
public sealed class ThrowingEffectHandler(EffectKind kind) : IEffectHandler
{
    public EffectKind Kind => kind;

    public string Channel => "broken";

    public int Calls { get; private set; }

    public Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        Calls++;
        throw new InvalidOperationException("could not reach megan@contoso.test");
    }
}
