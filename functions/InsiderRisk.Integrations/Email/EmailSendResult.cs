namespace InsiderRisk.Integrations.Email;

/// <summary>How one call to ACS Email ended.</summary>
public abstract record EmailSendResult
{
    private EmailSendResult()
    {
    }

    /// <summary>
    /// ACS took the email and its operation succeeded. <paramref name="WasAlreadySent"/>: the operation
    /// existed before this call (an earlier attempt's response was lost), so nothing was sent twice.
    /// </summary>
    public sealed record Sent(Guid OperationId, bool WasAlreadySent) : EmailSendResult;

    /// <summary>ACS refused the email or its operation failed: sending it again cannot succeed.</summary>
    public sealed record Rejected(string Error) : EmailSendResult;

    /// <summary>Not done yet (throttled, unavailable, timed out, still running): try again later.</summary>
    public sealed record Deferred(string Error, TimeSpan? RetryAfter = null) : EmailSendResult;
}
