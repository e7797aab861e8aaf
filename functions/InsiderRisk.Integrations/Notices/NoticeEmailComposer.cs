using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// The notice to the case's user: to their real address (the one effect allowed to know it), subject
/// and body rendered from the payload (the template's, or the per-send overrides the case applied).
/// </summary>
public sealed class NoticeEmailComposer(NoticeRenderer renderer, string? defaultSender) : IEmailComposer
{
    public EffectKind Kind => EffectKind.SendNotice;

    public EmailComposition Compose(EffectInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.SendNotice notice)
        {
            return new EmailComposition.Refused($"A notice needs a SendNotice payload, not {invocation.Payload.Kind}.");
        }

        var user = invocation.Case.RealUser;
        if (string.IsNullOrWhiteSpace(user?.Email))
        {
            return new EmailComposition.Refused("the user has no email address on record");
        }

        var sender = string.IsNullOrWhiteSpace(notice.Sender) ? defaultSender : notice.Sender;
        if (string.IsNullOrWhiteSpace(sender))
        {
            return new EmailComposition.Refused($"Template '{notice.TemplateName}' has no sender and Email__Sender is not set.");
        }

        RenderedNotice rendered;
        try
        {
            rendered = renderer.Render(notice.Subject, notice.Body, NoticeModel.For(invocation.Case));
        }
        catch (NoticeTemplateException e)
        {
            return new EmailComposition.Refused($"Template '{notice.TemplateName}': {e.Message}");
        }

        var email = new OutgoingEmail(
            sender,
            [new EmailRecipient(user.Email, user.DisplayName)],
            Recipients(notice.Cc),
            Recipients(notice.Bcc),
            rendered.Subject,
            rendered.PlainText,
            rendered.Html);
        return new EmailComposition.Ready(
            email, new EffectResult.NoticeDelivered(notice.Recipient), $"notice '{notice.TemplateName}' to {notice.Recipient}");
    }

    private static ImmutableArray<EmailRecipient> Recipients(ImmutableArray<string> addresses) =>
        addresses.IsDefault ? [] : [.. addresses.Select(address => new EmailRecipient(address))];
}
