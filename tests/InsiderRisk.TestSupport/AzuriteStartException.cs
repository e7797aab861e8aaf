namespace InsiderRisk.TestSupport;

/// <summary>Azurite could not be installed or started; the message says exactly why.</summary>
public sealed class AzuriteStartException : Exception
{
    public AzuriteStartException()
    {
    }

    public AzuriteStartException(string message)
        : base(message)
    {
    }

    public AzuriteStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
