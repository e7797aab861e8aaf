namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// The trigger payload cannot be read as the handler needs it; the invocation answers 400 so the host
/// retries and then poisons / dead-letters the message. The message must not quote the payload.
/// </summary>
public sealed class InvalidTriggerPayloadException : Exception
{
    public InvalidTriggerPayloadException()
    {
    }

    public InvalidTriggerPayloadException(string message)
        : base(message)
    {
    }

    public InvalidTriggerPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
