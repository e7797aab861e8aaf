using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Views;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Functions.Platform.Users;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// Case state and index rows as responses show them; the investigated user only through the user
/// directory (pseudonymized unless switched off), with their last computed risk (null until scored).
/// </summary>
public sealed class CaseViews(IUserDirectory users, CaseUserRisk risks)
{
    public async Task<CaseListItemView> ListItemAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CaseListItemView(
            entry.CaseId.Value,
            entry.Name,
            entry.Status,
            await users.DisplayIdAsync(entry.User, cancellationToken),
            entry.OpenedAt,
            entry.TotalPolicyAlerts,
            entry.LastUpdatedAt,
            entry.LastUpdatedBy,
            entry.Overdue);
    }

    public async Task<CaseOverviewView> OverviewAsync(CaseState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var risk = await risks.FindAsync(state.User, cancellationToken);
        return new CaseOverviewView(
            state.CaseId.Value,
            state.Name,
            state.Status,
            await users.ViewAsync(state.User, cancellationToken),
            state.OpenedAt,
            state.TotalPolicyAlerts(),
            state.LastUpdatedAt,
            state.LastUpdatedBy,
            state.Overdue,
            risk?.Score,
            risk?.Level,
            state.Resolution?.Classification,
            state.Escalation is { } e ? new CaseEscalationView(e.InvestigationName, e.Notes, e.EffectId.Value, e.ExternalCaseId) : null,
            state.Team?.TeamId,
            state.DueAt,
            [.. state.Alerts.Select(a => new CaseAlertView(a.AlertId.Value, a.Policy, a.Status, a.Severity, a.DetectedAt))]);
    }

    public static NoteView Note(CaseNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new NoteView(note.NoteId, note.Author, note.CreatedAt, note.Text);
    }

    public static EffectView Effect(CaseEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return new EffectView(effect.EffectId.Value, effect.Kind, effect.Status, effect.Attempts, effect.LastError, effect.Result);
    }
}
