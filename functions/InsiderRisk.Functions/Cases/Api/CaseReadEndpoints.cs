using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Views;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>The case views: overview, history, effects and contributors.</summary>
public static class CaseReadEndpoints
{
    public static async Task<IResult> OverviewAsync(string caseId, HttpContext http, CaseGate gate, CaseViews views, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(views);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, "case.view", cancellationToken);
        return entered.Refusal ?? TypedResults.Ok(await views.OverviewAsync(entered.State!, cancellationToken));
    }

    public static async Task<IResult> HistoryAsync(string caseId, HttpContext http, CaseGate gate, ICaseEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(store);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, "case.history.view", cancellationToken);
        if (entered.Refusal is { } refusal)
        {
            return refusal;
        }

        var history = new List<HistoryEntryView>();
        await foreach (var e in store.ReadHistoryAsync(caseId, cancellationToken))
        {
            using var data = System.Text.Json.JsonDocument.Parse(e.Data);
            history.Add(new HistoryEntryView(e.Sequence, e.Type, e.At, e.By, data.RootElement.Clone()));
        }

        return TypedResults.Ok(history);
    }

    public static async Task<IResult> EffectsAsync(string caseId, HttpContext http, CaseGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, "case.effects.view", cancellationToken);
        return entered.Refusal ?? TypedResults.Ok(entered.State!.Effects.Values.Select(CaseViews.Effect).ToList());
    }

    public static async Task<IResult> ContributorsAsync(string caseId, HttpContext http, CaseGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, "case.contributors.view", cancellationToken);
        return entered.Refusal ?? TypedResults.Ok(Contributors(entered.State!));
    }

    public static List<ContributorView> Contributors(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Contributors.Select(userId => new ContributorView(userId))];
    }
}
