using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// <c>GET /api/cases/{caseId}/effects/{effectId}/sent</c>: what was done for an effect — the channel
/// (a real service or <c>local-sink</c>), its own words on it, and what the local sink kept: the email,
/// or the request it would have sent (Teams, eDiscovery, ServiceNow, flows) with its stand-in result.
/// </summary>
public sealed record SentEffectView(
    string EffectId,
    EffectKind Kind,
    EffectStatus Status,
    int Attempt,
    string Channel,
    string Detail,
    DateTimeOffset RecordedAt,
    SentEmailView? Email,
    SentRequestView? Request);

public sealed record SentEmailView(
    string Sender,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc,
    string Subject,
    string Body);

/// <summary><paramref name="Body"/> is the request as JSON, exactly as the sink recorded it.</summary>
public sealed record SentRequestView(System.Text.Json.JsonElement Body, string Result, DateTimeOffset RecordedAt);
