using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Tests.Sweeper;

/// <summary>Cases left as a crash would leave them.</summary>
public static class SweeperBuilders
{
    /// <summary>
    /// Decides an email share and appends its events and outbox rows (the effect's and the read
    /// models') exactly as the command path does, then stops: no message is queued, nothing projected.
    /// </summary>
    public static async Task<EffectId> CommitShareWithoutEnqueueAsync(EffectsApi api, CaseId caseId)
    {
        ArgumentNullException.ThrowIfNull(api);
        var state = await api.Get<ICaseCommands>().LoadAsync(caseId) ?? throw new InvalidOperationException("No such case.");
        var command = new CaseCommand.Share(ShareTarget.Email, "legal@contoso.test") { CaseId = caseId, At = api.Clock.GetUtcNow(), By = EffectBuilders.AnalystId };
        var decision = CaseDecider.Decide(command, state, CasePolicy.Default);
        Assert.Null(decision.Error);
        var after = CaseDecider.Fold(state, decision.Events);
        var events = decision.Events.Select(e =>
        {
            var (type, data) = CaseJson.Serialize(e);
            return new NewEvent(type, data, e.At, e.By);
        }).ToList();
        var effects = decision.Events.OfType<IRequestsEffect>().Select(request => request.Effect).ToList();
        List<OutboxEntry> outbox =
        [
            .. effects.Select(effect => new OutboxEntry(caseId.Value, effect.EffectId.Value, effect.Kind.ToString(), CaseJson.SerializePayload(effect.Payload), effect.DueAt)),
            new OutboxEntry(caseId.Value, CaseReadModels.ProjectionEffectId(caseId, after.Version), CaseReadModels.OutboxKind, "{}", null),
        ];
        await api.Get<ICaseEventStore>().AppendAsync(caseId.Value, state.Version, events, outbox);
        return Assert.Single(effects, effect => effect.Kind == EffectKind.ShareByEmail).EffectId;
    }
}
