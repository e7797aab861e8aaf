namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// The only moves an alert's status makes: triage (NeedsReview → Confirmed | Dismissed) and its case's
/// resolution (Confirmed → Resolved). Dismissed and Resolved are final.
/// </summary>
public static class AlertStatusTransitions
{
    private static readonly (AlertStatus From, AlertStatus To)[] Allowed =
    [
        (AlertStatus.NeedsReview, AlertStatus.Confirmed),
        (AlertStatus.NeedsReview, AlertStatus.Dismissed),
        (AlertStatus.Confirmed, AlertStatus.Resolved),
    ];

    public static bool IsAllowed(AlertStatus from, AlertStatus to) => Allowed.Contains((from, to));

    public static IReadOnlyList<AlertStatus> NextFrom(AlertStatus from) =>
        [.. Allowed.Where(move => move.From == from).Select(move => move.To)];

    public static bool IsFinal(AlertStatus status) => NextFrom(status).Count == 0;
}
