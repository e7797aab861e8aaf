namespace InsiderRisk.Domain.Cases;

/// <summary>
/// An outside effect an event asks for; the storage layer writes it to the outbox with the event.
/// <see cref="DueAt"/> null = run now; a time = a durable timer.
/// </summary>
public sealed record EffectRequest(EffectId EffectId, EffectPayload Payload, DateTimeOffset? DueAt)
{
    public EffectKind Kind => Payload.Kind;
}
