namespace InsiderRisk.Domain.Cases;

/// <summary>Implemented by every event that asks for an outside effect, so the outbox can collect them.</summary>
public interface IRequestsEffect
{
    EffectRequest Effect { get; }
}
