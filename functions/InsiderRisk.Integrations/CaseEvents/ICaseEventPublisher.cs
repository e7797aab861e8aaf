namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// Publishes mapped case events. Publishing the same message again must be harmless (same message id),
/// because the caller republishes after a crash rather than risk losing an event.
/// </summary>
public interface ICaseEventPublisher
{
    Task PublishAsync(IReadOnlyList<CaseEventMessage> messages, CancellationToken cancellationToken = default);
}
