using System.Collections.Concurrent;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>
/// Stands in for an outside service in place of the sink: fails the first <paramref name="failures"/>
/// calls of each effect (retryable, or permanently), then succeeds. Counts calls, and "outside calls" —
/// sends that took effect — once per effect id, as a service honouring the idempotency key would.
/// </summary>
public sealed class ScriptedEffectHandler(EffectKind kind, int failures = 0, bool permanent = false, string error = "service unavailable (503)")
    : IEffectHandler
{
    private readonly ConcurrentDictionary<string, int> calls = new();
    private readonly ConcurrentDictionary<string, int> sends = new();

    public EffectKind Kind => kind;

    public string Channel => "scripted";

    public List<EffectInvocation> Invocations { get; } = [];

    public int Calls => calls.Values.Sum();

    /// <summary>Calls that reached the service with a new idempotency key.</summary>
    public int OutsideCalls => sends.Count;

    /// <summary>Calls that reached the service at all, a repeated key included.</summary>
    public int RawSends => sends.Values.Sum();

    public Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        lock (Invocations)
        {
            Invocations.Add(invocation);
        }

        var call = calls.AddOrUpdate(invocation.EffectId.Value, 1, (_, count) => count + 1);
        if (call <= failures)
        {
            return Task.FromResult<EffectOutcome>(new EffectOutcome.Failed($"{error} on call {call}", permanent));
        }

        sends.AddOrUpdate(invocation.EffectId.Value, 1, (_, count) => count + 1);
        return Task.FromResult<EffectOutcome>(new EffectOutcome.Succeeded(Result(invocation.Payload), "scripted service did it"));
    }

    private static EffectResult Result(EffectPayload payload) => payload switch
    {
        EffectPayload.SendNotice notice => new EffectResult.NoticeDelivered(notice.Recipient),
        EffectPayload.CreateInvestigation => new EffectResult.InvestigationCreated("ediscovery-1"),
        EffectPayload.CreateIncident => new EffectResult.IncidentCreated("INC0010001"),
        EffectPayload.ShareByEmail share => new EffectResult.SharedByEmail(share.Recipient),
        EffectPayload.RunFlow => new EffectResult.FlowCompleted("Succeeded"),
        EffectPayload.CreateTeam => new EffectResult.TeamCreated("team-1"),
        EffectPayload.ArchiveTeam => new EffectResult.TeamArchived(),
        _ => new EffectResult.ReminderSent(),
    };
}
