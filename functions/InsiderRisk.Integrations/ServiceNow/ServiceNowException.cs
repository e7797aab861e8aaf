namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>ServiceNow answered, but not with success: its status, its error text and its Retry-After.</summary>
public sealed class ServiceNowException : Exception
{
    public ServiceNowException(int status, string serviceText, TimeSpan? retryAfter)
        : base($"ServiceNow answered {status}: {serviceText}")
    {
        Status = status;
        ServiceText = serviceText;
        RetryAfter = retryAfter;
    }

    public ServiceNowException()
        : this(0, "", null)
    {
    }

    public ServiceNowException(string message)
        : base(message)
    {
        ServiceText = message;
    }

    public ServiceNowException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServiceText = message;
    }

    public int Status { get; }

    public string ServiceText { get; } = "";

    public TimeSpan? RetryAfter { get; }
}
