using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Admin;

/// <summary>A notice template as the API shows it. An empty sender means the app's <c>Email__Sender</c>.</summary>
public sealed record NoticeTemplateView(string Name, string Subject, string Body, string Sender, IReadOnlyList<string> Cc, IReadOnlyList<string> Bcc)
{
    public static NoticeTemplateView Of(NoticeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Name, template.Subject, template.Body, template.Sender, template.Cc, template.Bcc);
    }
}
