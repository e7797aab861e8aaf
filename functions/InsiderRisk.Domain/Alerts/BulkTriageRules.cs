using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Rules of <c>bulk-confirm</c> / <c>bulk-dismiss</c>: up to 1,000 distinct alert ids, every alert able to
/// make the move, and, for a confirm into one case, one user only (a case investigates exactly one user).
/// A request that breaks any rule changes nothing.
/// </summary>
public static class BulkTriageRules
{
    public const int MaxAlerts = 1_000;
    private const string Field = "alertIds";
    private const int ShownPerGroup = 5;

    public static Validation<IReadOnlyList<AlertId>> ParseAlertIds(IReadOnlyList<string?>? alertIds)
    {
        var errors = new FieldErrors();
        var ids = new List<AlertId>();
        if (alertIds is null)
        {
            errors.Add(Field, "alertIds is required.");
        }
        else if (alertIds.Count == 0)
        {
            errors.Add(Field, "alertIds must hold at least one alert id.");
        }
        else if (alertIds.Count > MaxAlerts)
        {
            errors.Add(Field, $"alertIds may hold at most {MaxAlerts:N0} ids (got {alertIds.Count:N0}).");
        }
        else
        {
            var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < alertIds.Count; i++)
            {
                var field = Field + FieldPath.Index(i);
                if (KeyRules.Required(errors, field, alertIds[i]) is not { } id)
                {
                    continue;
                }

                if (firstIndex.TryAdd(id, i))
                {
                    ids.Add(new AlertId(id));
                }
                else
                {
                    errors.Add(field, $"Alert '{id}' is listed more than once (first at {Field}[{firstIndex[id]}]).");
                }
            }
        }

        return Validation<IReadOnlyList<AlertId>>.From(errors, () => ids);
    }

    /// <summary>Valid when every alert needs review and all belong to one user; the value is that user's id.</summary>
    public static Validation<string> CheckConfirm(IReadOnlyList<TriageTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var errors = new FieldErrors();
        CheckMoves(errors, targets, AlertStatus.Confirmed, "confirmed");
        var users = targets.GroupBy(t => UserIds.Normalize(t.UserId)).ToList();
        if (users.Count > 1)
        {
            // Alert ids only: the users' real ids must not reach a response or a log.
            var groups = string.Join(", ", users.Take(ShownPerGroup).Select(Describe));
            var more = users.Count > ShownPerGroup ? $" and {users.Count - ShownPerGroup} more" : "";
            errors.Add(Field,
                $"A case investigates exactly one user, but these alerts belong to {users.Count} different users: " +
                $"{groups}{more}. Confirm each user's alerts separately.");
        }

        return Validation<string>.From(errors, () => targets[0].UserId);
    }

    /// <summary>Valid when every alert needs review; the value is the alert ids to dismiss.</summary>
    public static Validation<IReadOnlyList<AlertId>> CheckDismiss(IReadOnlyList<TriageTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var errors = new FieldErrors();
        CheckMoves(errors, targets, AlertStatus.Dismissed, "dismissed");
        return Validation<IReadOnlyList<AlertId>>.From(errors, () => [.. targets.Select(t => t.AlertId)]);
    }

    private static void CheckMoves(FieldErrors errors, IReadOnlyList<TriageTarget> targets, AlertStatus to, string verb)
    {
        if (targets.Count is 0 or > MaxAlerts)
        {
            errors.Add(Field, $"Bulk triage takes 1 to {MaxAlerts:N0} alerts (got {targets.Count:N0}).");
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (!AlertStatusTransitions.IsAllowed(target.Status, to))
            {
                errors.Add(Field + FieldPath.Index(i),
                    $"Alert '{target.AlertId}' is {target.Status} and cannot be {verb}: only alerts that need review can be.");
            }
        }
    }

    private static string Describe(IGrouping<string, TriageTarget> user)
    {
        var ids = user.Select(t => t.AlertId.Value).ToList();
        var shown = string.Join(", ", ids.Take(ShownPerGroup));
        return ids.Count > ShownPerGroup ? $"[{shown}, … {ids.Count - ShownPerGroup} more]" : $"[{shown}]";
    }
}
