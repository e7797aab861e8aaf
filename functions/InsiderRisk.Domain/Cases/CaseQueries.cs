using System.Collections.Immutable;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

/// <summary>Read-side answers views need from a case state.</summary>
public static class CaseQueries
{
    /// <summary>Only alerts attached to the case count.</summary>
    public static int TotalPolicyAlerts(this CaseState state) => state.Alerts.Length;

    public static ImmutableArray<CaseNote> NotesNewestFirst(this CaseState state)
    {
        var builder = ImmutableArray.CreateBuilder<CaseNote>(state.Notes.Length);
        for (var i = state.Notes.Length - 1; i >= 0; i--)
        {
            builder.Add(state.Notes[i]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Null only before the case is opened (an open case has at least one alert).</summary>
    public static Severity? HighestSeverity(this CaseState state) =>
        state.Alerts.IsEmpty ? null : state.Alerts.Max(alert => alert.Severity);

    public static bool HasAlert(this CaseState state, AlertId alertId) =>
        state.Alerts.Any(alert => alert.AlertId == alertId);

    public static bool IsContributor(this CaseState state, string userId) =>
        state.Contributors.Contains(userId, StringComparer.OrdinalIgnoreCase);

    public static CaseEffect? FindEffect(this CaseState state, EffectId effectId) =>
        state.Effects.GetValueOrDefault(effectId.Value);

    public static IEnumerable<CaseEffect> PendingEffects(this CaseState state) =>
        state.Effects.Values.Where(effect => effect.IsPending);
}
