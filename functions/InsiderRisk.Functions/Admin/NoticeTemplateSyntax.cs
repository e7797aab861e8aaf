using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Notices;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// The send-time checks of a template, run before it is stored: Handlebars compiles and renders the
/// subject and body with sample values (<see cref="NoticeTemplateValidator"/>), and the sender that
/// will be used is an address. A template without a sender is checked with <c>Email__Sender</c>, the
/// sender it will be sent with; it is stored without one, so a later change of the setting applies.
/// </summary>
public sealed class NoticeTemplateSyntax(NoticeTemplateValidator validator, IConfiguration configuration)
{
    /// <summary>Adds the validator's findings; called once <see cref="NoticeTemplateRules"/> found nothing, so no field is reported twice.</summary>
    internal void Check(NoticeTemplate template, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(template);
        var defaultSender = EmailOptions.FromSettings(name => configuration[name]).Sender;
        var usesDefault = string.IsNullOrWhiteSpace(template.Sender);
        var effective = usesDefault ? template with { Sender = defaultSender ?? string.Empty } : template;
        foreach (var (field, messages) in validator.Validate(effective))
        {
            // Neither given nor configured: the local sink's own sender is used (ACS cannot run without Email__Sender).
            if (field == "sender" && usesDefault && defaultSender is null)
            {
                continue;
            }

            foreach (var message in messages)
            {
                errors.Add(field, usesDefault && field == "sender" ? $"Email__Sender: {message}" : message);
            }
        }
    }
}
