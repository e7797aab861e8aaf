using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// Confirm and dismiss, single or bulk, safe against retries and races: (1) reserve every alert with
/// an ETag-guarded claim naming the request's target — all or none; (2) run the case command with a
/// request id derived from the request; (3) record the new status. A retry finds its own claims or
/// finished alerts and answers as the first try did; a claim left by a crashed request expires after
/// <see cref="TriageClaim.Lifetime"/>.
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
        var states = await rows.GetManyAsync(request.AlertIds, cancellationToken);
        if (Missing(request, states) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var plan = await PlanConfirmAsync(request, [.. states.OfType<AlertTriageState>()], target, now, cancellationToken);
        if (plan.Conflicts.Count > 0)
        {
            return new TriageOutcome.Conflict("Some alerts cannot be confirmed into this case: see errors.", plan.Conflicts);
        }

        var all = plan.All.ToList();
        if (BulkTriageRules.CheckConfirm([.. all.Select(s => new TriageTarget(s.AlertId, s.User.Value, AlertStatus.NeedsReview))])
            is Validation<string>.Invalid oneUser)
        {
            return new TriageOutcome.Invalid(oneUser.Errors);
        }

        var caseIds = plan.Done.Select(s => s.CaseId).Concat(plan.Resume.Select(s => s.Claim!.CaseId)).OfType<CaseId>().Distinct().ToList();
        if (caseIds.Count > 1)
        {
            return new TriageOutcome.Conflict(
                $"These alerts were already confirmed into different cases ({string.Join(", ", caseIds)}); confirm them separately.",
                new Dictionary<string, string[]>());
        }

        var caseId = target is ConfirmTarget.ExistingCase existing ? existing.CaseId
            : caseIds.Count == 1 ? caseIds[0]
            : await minter.MintAsync(cancellationToken);
        var created = target is ConfirmTarget.NewCase;
        if (plan.Pending.Count == 0)
        {
            return new TriageOutcome.Confirmed(caseId, created);
        }

        var claim = new TriageClaim(target.Key, caseId, now, NewNonce());
        if (!await ClaimAllAsync(plan.Pending, claim, cancellationToken))
        {
            return ChangedMeanwhile();
        }

        var command = await CommandAsync(request, target, caseId, all, comment, now, cancellationToken);
        var result = await cases.ExecuteAsync(command, cancellationToken);
        if (!result.Succeeded)
        {
            await ReleaseAsync(plan.Pending, claim.Nonce, cancellationToken);
            return new TriageOutcome.Refused(result.Error!);
        }

        await writer.ApplyAsync([.. plan.Pending.Select(s => s.AlertId)], StatusDecisions.Confirm(caseId, target.Key, request.By, now), cancellationToken);
        return new TriageOutcome.Confirmed(caseId, created);
    }

    private async Task<CaseCommand> CommandAsync(
        TriageRequest request, ConfirmTarget target, CaseId caseId, List<AlertTriageState> alerts, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var summaries = alerts.Select(s => new AlertSummary(s.AlertId, s.Policy, s.Severity, s.DetectedAt)).ToImmutableArray();
        var requestId = TriageRequestIds.Confirm(target.Key, caseId, alerts.Select(s => s.AlertId));
        var user = alerts[0].User;
        // An earlier try of this request may have opened the case already: then it takes the alerts.
        if (target is ConfirmTarget.NewCase newCase && await cases.LoadAsync(caseId, cancellationToken) is null)
        {
            return new CaseCommand.OpenCase(newCase.Name, user, summaries, comment)
            {
                CaseId = caseId, At = now, By = request.By, RequestId = requestId,
            };
        }

        return new CaseCommand.AttachAlerts(user, summaries, comment)
        {
            CaseId = caseId, At = now, By = request.By, RequestId = requestId,
        };
    }

    private static TriageOutcome.NotFound? Missing(TriageRequest request, IReadOnlyList<AlertTriageState?> states)
    {
        var missing = request.AlertIds.Where((_, i) => states[i] is null).ToList();
        return missing.Count == 0 ? null : new TriageOutcome.NotFound(missing);
    }

    private static TriageOutcome.Conflict ChangedMeanwhile() => new(
        "Another request changed some of these alerts at the same moment; nothing was changed. Read them again and retry.",
        new Dictionary<string, string[]>());
}
