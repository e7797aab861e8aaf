using System.Text.Json.Serialization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Flows;

/// <summary>
/// What a flow receives: the case by id and name and its user by pseudonym only, never the real
/// identity (a flow that needs it can ask an Investigator to reveal it). <see cref="EffectId"/> is also
/// sent as a header so a flow can drop a repeated run.
/// </summary>
public sealed record FlowRequest(
    [property: JsonPropertyName("caseId")] string CaseId,
    [property: JsonPropertyName("caseName")] string CaseName,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("flowName")] string FlowName,
    [property: JsonPropertyName("effectId")] string EffectId,
    [property: JsonPropertyName("requestedAt")] DateTimeOffset RequestedAt)
{
    public static FlowRequest For(EffectInvocation invocation, EffectPayload.RunFlow payload, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(payload);
        return new(invocation.CaseId.Value, payload.CaseName, payload.User.Value, payload.FlowName, invocation.EffectId.Value, now);
    }
}
