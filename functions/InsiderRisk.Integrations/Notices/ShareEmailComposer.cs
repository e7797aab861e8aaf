using System.Text;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Notices;

/// <summary>A case shared by email: its name, the user by pseudonym only, its policies and a link. No real identity leaves.</summary>
public sealed class ShareEmailComposer(string sender) : IEmailComposer
{
    public EffectKind Kind => EffectKind.ShareByEmail;

    public EmailComposition Compose(EffectInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.ShareByEmail share)
        {
            return new EmailComposition.Refused($"Sharing by email needs a ShareByEmail payload, not {invocation.Payload.Kind}.");
        }

        if (!EmailAddresses.IsValid(share.Recipient))
        {
            return new EmailComposition.Refused($"'{share.Recipient}' is not an email address.");
        }

        var context = invocation.Case;
        var body = new StringBuilder()
            .AppendLine($"{Organization(context)} insider risk management has shared a case with you.")
            .AppendLine()
            .AppendLine($"Case: {share.CaseName}")
            .AppendLine($"User: {share.User} (a pseudonym; investigators can reveal the identity where needed)")
            .AppendLine($"Policies: {(context.Policies.Count == 0 ? "none" : string.Join(", ", context.Policies))}");
        if (context.CaseLink is { } link)
        {
            body.AppendLine($"Open the case: {link}");
        }

        var text = body.ToString();
        var email = new OutgoingEmail(
            sender, [new EmailRecipient(share.Recipient)], [], [], $"Insider risk case shared with you: {share.CaseName}", text, PlainTextHtml.From(text));
        return new EmailComposition.Ready(email, new EffectResult.SharedByEmail(share.Recipient), $"case shared with {share.Recipient}");
    }

    private static string Organization(EffectCaseContext context) =>
        string.IsNullOrWhiteSpace(context.Organization) ? "Your organization's" : $"{context.Organization}'s";
}
