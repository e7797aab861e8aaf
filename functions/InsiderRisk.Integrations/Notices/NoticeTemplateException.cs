namespace InsiderRisk.Integrations.Notices;

/// <summary>A notice template that does not compile or cannot render; the message says where and why.</summary>
public sealed class NoticeTemplateException : Exception
{
    public NoticeTemplateException()
        : base("The notice template is invalid.")
    {
    }

    public NoticeTemplateException(string message)
        : base(message)
    {
    }

    public NoticeTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
