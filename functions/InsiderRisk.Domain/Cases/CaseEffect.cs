using System.Text.Json.Serialization;

namespace InsiderRisk.Domain.Cases;

/// <summary>An outside effect as the case tracks it (the /effects view).</summary>
public sealed record CaseEffect(
    EffectId EffectId,
    EffectPayload Payload,
    EffectStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    string? Result,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    DateTimeOffset? DueAt)
{
    public EffectKind Kind => Payload.Kind;

    [JsonIgnore]
    public bool IsPending => Status == EffectStatus.Pending;

    public static CaseEffect Requested(EffectRequest request, DateTimeOffset at, string by) =>
        new(request.EffectId, request.Payload, EffectStatus.Pending, 0, null, null, null, at, by, request.DueAt);

    public CaseEffect Succeeded(string result) => this with { Status = EffectStatus.Succeeded, Result = result, NextAttemptAt = null };
}
