using System.Collections.Immutable;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// One email as it leaves us, the same for ACS and for the local sink. <see cref="Html"/> is the
/// plain text made safe for HTML, never a second text.
/// </summary>
public sealed record OutgoingEmail(
    string Sender,
    ImmutableArray<EmailRecipient> To,
    ImmutableArray<EmailRecipient> Cc,
    ImmutableArray<EmailRecipient> Bcc,
    string Subject,
    string PlainText,
    string? Html = null);
