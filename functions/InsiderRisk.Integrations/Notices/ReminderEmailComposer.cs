using System.Globalization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// The overdue reminder to a case's contributors. Contributors are user ids; those that are not email
/// addresses (object ids) cannot be mailed and are left out, and the reminder fails only if none is left.
/// </summary>
public sealed class ReminderEmailComposer(string sender) : IEmailComposer
{
    public EffectKind Kind => EffectKind.SendReminder;

    public EmailComposition Compose(EffectInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.SendReminder reminder)
        {
            return new EmailComposition.Refused($"A reminder needs a SendReminder payload, not {invocation.Payload.Kind}.");
        }

        var all = reminder.Recipients.IsDefault ? [] : reminder.Recipients;
        var recipients = all.Where(EmailAddresses.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
        {
            return new EmailComposition.Refused($"None of the case's {all.Length} contributors has an email address to remind.");
        }

        var due = reminder.DueAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = $"The insider risk case \"{reminder.CaseName}\" was due for review at {due} UTC and has had no action or note since.\n";
        if (invocation.Case.CaseLink is { } link)
        {
            text += $"Open the case: {link}\n";
        }

        var email = new OutgoingEmail(
            sender,
            [.. recipients.Select(address => new EmailRecipient(address))],
            [],
            [],
            $"Review overdue: {reminder.CaseName}",
            text,
            PlainTextHtml.From(text));
        var skipped = all.Count(address => !EmailAddresses.IsValid(address));
        var description = $"overdue reminder to {recipients.Count} contributor(s)" + (skipped > 0 ? $" ({skipped} without an email address left out)" : string.Empty);
        return new EmailComposition.Ready(email, new EffectResult.ReminderSent(), description);
    }
}
