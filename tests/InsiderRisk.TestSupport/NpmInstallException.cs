namespace InsiderRisk.TestSupport;

/// <summary>The repository's pinned Node tools could not be installed; the message says exactly why.</summary>
public sealed class NpmInstallException : Exception
{
    public NpmInstallException()
    {
    }

    public NpmInstallException(string message)
        : base(message)
    {
    }

    public NpmInstallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
