using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

/// <summary>A named email template as an admin keeps it; the body may hold placeholders the sender fills.</summary>
public sealed record NoticeTemplate(
    string Name,
    string Sender,
    string Subject,
    string Body,
    ImmutableArray<string> Cc,
    ImmutableArray<string> Bcc);
