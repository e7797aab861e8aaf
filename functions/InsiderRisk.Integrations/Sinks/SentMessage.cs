using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// An email the local sink kept instead of sending: what ACS would have been given. It holds real
/// addresses, so it lives in the store only, like every real identity.
/// </summary>
public sealed record SentMessage(
    CaseId CaseId,
    EffectId EffectId,
    EffectKind Kind,
    string Sender,
    ImmutableArray<string> To,
    ImmutableArray<string> Cc,
    ImmutableArray<string> Bcc,
    string Subject,
    string Body,
    DateTimeOffset RecordedAt);
