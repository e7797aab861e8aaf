using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// The <c>emails:send</c> body. Engagement tracking is always off: these are compliance notices,
/// and who opened them is not ours to track.
/// </summary>
internal static class AcsEmailJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] SendBody(OutgoingEmail email) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new SendRequest(
                email.Sender,
                new Content(email.Subject, email.PlainText, email.Html),
                new Recipients(Addresses(email.To) ?? [], Addresses(email.Cc), Addresses(email.Bcc)),
                UserEngagementTrackingDisabled: true),
            Options);

    private static AcsAddress[]? Addresses(ImmutableArray<EmailRecipient> recipients) =>
        recipients.IsDefaultOrEmpty
            ? null
            : [.. recipients.Select(r => new AcsAddress(r.Address, string.IsNullOrWhiteSpace(r.DisplayName) ? null : r.DisplayName))];

    private sealed record SendRequest(string SenderAddress, Content Content, Recipients Recipients, bool UserEngagementTrackingDisabled);

    private sealed record Content(string Subject, string PlainText, string? Html);

    private sealed record Recipients(AcsAddress[] To, AcsAddress[]? Cc, AcsAddress[]? Bcc);

    private sealed record AcsAddress(string Address, string? DisplayName);
}
