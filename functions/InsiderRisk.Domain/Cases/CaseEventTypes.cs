using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// The stored name of every event type. Names are written out rather than taken from the CLR type so
/// that renaming a class can never change what is stored.
/// </summary>
public static class CaseEventTypes
{
    public static ImmutableDictionary<string, Type> All { get; } = new Dictionary<string, Type>
    {
        ["CaseOpened"] = typeof(CaseEvent.CaseOpened),
        ["AlertsAttached"] = typeof(CaseEvent.AlertsAttached),
        ["NoteAdded"] = typeof(CaseEvent.NoteAdded),
        ["ContributorAdded"] = typeof(CaseEvent.ContributorAdded),
        ["ReviewDueScheduled"] = typeof(CaseEvent.ReviewDueScheduled),
        ["CaseMarkedOverdue"] = typeof(CaseEvent.CaseMarkedOverdue),
        ["NoticeRequested"] = typeof(CaseEvent.NoticeRequested),
        ["EscalationRequested"] = typeof(CaseEvent.EscalationRequested),
        ["ShareRequested"] = typeof(CaseEvent.ShareRequested),
        ["FlowRunRequested"] = typeof(CaseEvent.FlowRunRequested),
        ["TeamCreationRequested"] = typeof(CaseEvent.TeamCreationRequested),
        ["CaseResolved"] = typeof(CaseEvent.CaseResolved),
        ["TeamArchiveRequested"] = typeof(CaseEvent.TeamArchiveRequested),
        ["NoticeDelivered"] = typeof(CaseEvent.NoticeDelivered),
        ["InvestigationCreated"] = typeof(CaseEvent.InvestigationCreated),
        ["IncidentCreated"] = typeof(CaseEvent.IncidentCreated),
        ["SharedByEmail"] = typeof(CaseEvent.SharedByEmail),
        ["FlowCompleted"] = typeof(CaseEvent.FlowCompleted),
        ["TeamCreated"] = typeof(CaseEvent.TeamCreated),
        ["TeamArchived"] = typeof(CaseEvent.TeamArchived),
        ["ReminderSent"] = typeof(CaseEvent.ReminderSent),
        ["EffectAttemptFailed"] = typeof(CaseEvent.EffectAttemptFailed),
        ["EffectFailed"] = typeof(CaseEvent.EffectFailed),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly ImmutableDictionary<Type, string> Names =
        All.ToImmutableDictionary(pair => pair.Value, pair => pair.Key);

    public static string NameOf(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return Names.TryGetValue(caseEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"{caseEvent.GetType().Name} has no stored name.", nameof(caseEvent));
    }

    public static bool TryGetType(string name, [NotNullWhen(true)] out Type? type) => All.TryGetValue(name, out type);
}
