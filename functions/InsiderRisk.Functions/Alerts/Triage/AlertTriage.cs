using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// Confirm and dismiss, single or bulk, safe against retries and races: (1) reserve every alert with
/// an ETag-guarded claim naming the request's target — all or none; when another request got in
/// between, or one with the same target is at work, read again and retry a few times; (2) run the case command with a request id derived from the
/// request; (3) record the new status. A retry finds the alerts moved and answers as the first try did;
/// a claim left by a crashed request blocks its alerts until it expires (<see cref="TriageClaim.Lifetime"/>).
/// </summary>
public sealed partial class AlertTriage(
    AlertRowStore rows,
    AlertStatusWriter writer,
    ICaseCommands cases,
    CaseIdMinter minter,
    TimeProvider time)
{
    public async Task<TriageOutcome> ConfirmAsync(TriageRequest request, ConfirmTarget target, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        var (outcome, reserved) = await ReserveAsync(() => ReserveConfirmAsync(request, target, cancellationToken), cancellationToken);
        if (reserved is not { } r)
        {
            return outcome!;
        }

        var command = await CommandAsync(request, target, r, comment, cancellationToken);
        var result = await cases.ExecuteAsync(command, cancellationToken);
        if (!result.Succeeded)
        {
            await ReleaseAsync(r.Pending, r.Claim.Nonce, cancellationToken);
            return new TriageOutcome.Refused(result.Error!);
        }

        await writer.ApplyAsync([.. r.Pending.Select(s => s.AlertId)], StatusDecisions.Confirm(r.CaseId, target.Key, request.By, r.Claim.At), cancellationToken);
        return new TriageOutcome.Confirmed(r.CaseId, target is ConfirmTarget.NewCase);
    }

    /// <summary>An outcome that needs no case command, or the reserved alerts; (null, null) when another request got in between.</summary>
    private async Task<(TriageOutcome? Outcome, Reservation? Reserved)> ReserveConfirmAsync(
        TriageRequest request, ConfirmTarget target, CancellationToken cancellationToken)
    {
        var states = await rows.GetManyAsync(request.AlertIds, cancellationToken);
        if (Missing(request, states) is { } missing)
        {
            return (missing, null);
        }

        var now = time.GetUtcNow();
        var plan = await PlanConfirmAsync(request, [.. states.OfType<AlertTriageState>()], target, now, cancellationToken);
        if (plan.Conflicts.Count > 0)
        {
            return (new TriageOutcome.Conflict("Some alerts cannot be confirmed into this case: see errors.", plan.Conflicts), null);
        }

        if (plan.Busy)
        {
            return (null, null);
        }

        var all = plan.All.ToList();
        if (BulkTriageRules.CheckConfirm([.. all.Select(s => new TriageTarget(s.AlertId, s.User.Value, AlertStatus.NeedsReview))])
            is Validation<string>.Invalid oneUser)
        {
            return (new TriageOutcome.Invalid(oneUser.Errors), null);
        }

        var caseIds = plan.Done.Select(s => s.CaseId).OfType<CaseId>().Distinct().ToList();
        if (caseIds.Count > 1)
        {
            return (new TriageOutcome.Conflict(
                $"These alerts were already confirmed into different cases ({string.Join(", ", caseIds)}); confirm them separately.",
                new Dictionary<string, string[]>()), null);
        }

        var caseId = target is ConfirmTarget.ExistingCase existing ? existing.CaseId
            : caseIds.Count == 1 ? caseIds[0]
            : await minter.MintAsync(cancellationToken);
        if (plan.Todo.Count == 0)
        {
            return (new TriageOutcome.Confirmed(caseId, target is ConfirmTarget.NewCase), null);
        }

        var claim = new TriageClaim(target.Key, caseId, now, NewNonce());
        return await ClaimAllAsync(plan.Todo, claim, cancellationToken)
            ? (null, new Reservation(all, plan.Todo, claim))
            : (null, null);
    }

    private async Task<CaseCommand> CommandAsync(
        TriageRequest request, ConfirmTarget target, Reservation reserved, string? comment, CancellationToken cancellationToken)
    {
        var summaries = reserved.All.Select(s => new AlertSummary(s.AlertId, s.Policy, s.Severity, s.DetectedAt)).ToImmutableArray();
        var requestId = TriageRequestIds.Confirm(target.Key, reserved.CaseId, reserved.All.Select(s => s.AlertId));
        var user = reserved.All[0].User;
        var (caseId, at) = (reserved.CaseId, reserved.Claim.At);
        // An earlier try of this request may have opened the case already: then it takes the alerts.
        if (target is ConfirmTarget.NewCase newCase && await cases.LoadAsync(caseId, cancellationToken) is null)
        {
            return new CaseCommand.OpenCase(newCase.Name, user, summaries, comment) { CaseId = caseId, At = at, By = request.By, RequestId = requestId };
        }

        return new CaseCommand.AttachAlerts(user, summaries, comment) { CaseId = caseId, At = at, By = request.By, RequestId = requestId };
    }

    private static TriageOutcome.NotFound? Missing(TriageRequest request, IReadOnlyList<AlertTriageState?> states)
    {
        var missing = request.AlertIds.Where((_, i) => states[i] is null).ToList();
        return missing.Count == 0 ? null : new TriageOutcome.NotFound(missing);
    }

    /// <summary>The alerts a request holds: all it names, those it still has to move, and its claim on them.</summary>
    private sealed record Reservation(List<AlertTriageState> All, List<AlertTriageState> Pending, TriageClaim Claim)
    {
        /// <summary>The case a confirm reserved its alerts for.</summary>
        public CaseId CaseId => Claim.CaseId ?? throw new InvalidOperationException("A dismissal reserves alerts for no case.");
    }
}
