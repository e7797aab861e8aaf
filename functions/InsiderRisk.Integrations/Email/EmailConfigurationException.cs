namespace InsiderRisk.Integrations.Email;

/// <summary>The <c>Email__*</c> settings cannot be used. The message names the setting, never its secret value.</summary>
public sealed class EmailConfigurationException : Exception
{
    public EmailConfigurationException()
        : base("The Email settings are invalid.")
    {
    }

    public EmailConfigurationException(string message)
        : base(message)
    {
    }

    public EmailConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
