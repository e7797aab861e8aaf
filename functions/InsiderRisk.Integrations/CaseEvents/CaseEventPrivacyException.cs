namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// An event would have carried an investigated user's raw identity. Never retried into success: it is
/// a bug upstream. The message names the event and field, never the value.
/// </summary>
public sealed class CaseEventPrivacyException : Exception
{
    public CaseEventPrivacyException()
        : base("A case event carries a user that is not pseudonymized.")
    {
    }

    public CaseEventPrivacyException(string message)
        : base(message)
    {
    }

    public CaseEventPrivacyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
