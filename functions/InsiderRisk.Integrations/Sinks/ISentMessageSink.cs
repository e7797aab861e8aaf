namespace InsiderRisk.Integrations.Sinks;

/// <summary>Where the local sink keeps the emails it did not send. One message per effect: recording it again replaces it.</summary>
public interface ISentMessageSink
{
    Task RecordAsync(SentMessage message, CancellationToken cancellationToken = default);
}
