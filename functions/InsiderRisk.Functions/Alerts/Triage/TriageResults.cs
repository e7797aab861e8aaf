using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Platform.Problems;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>The HTTP answer of each triage outcome.</summary>
public static class TriageResults
{
    public static IResult ToResult(TriageOutcome outcome, bool bulk)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            TriageOutcome.Confirmed { Created: true } confirmed =>
                TypedResults.Created($"/api/cases/{Uri.EscapeDataString(confirmed.CaseId.Value)}", new CaseIdAnswer(confirmed.CaseId.Value)),
            TriageOutcome.Confirmed confirmed => TypedResults.Ok(new CaseIdAnswer(confirmed.CaseId.Value)),
            TriageOutcome.Dismissed dismissed when bulk =>
                TypedResults.Ok(new BulkDismissAnswer([.. dismissed.AlertIds.Select(id => id.Value)], "Dismissed")),
            TriageOutcome.Dismissed dismissed => TypedResults.Ok(new DismissAnswer(dismissed.AlertIds[0].Value, "Dismissed")),
            TriageOutcome.NotFound missing => ApiProblems.NotFound(missing.AlertIds.Count == 1
                ? $"Alert '{missing.AlertIds[0]}' does not exist."
                : $"{missing.AlertIds.Count} alerts do not exist: {AuditTargets.Alerts(missing.AlertIds.Select(id => id.Value))}."),
            TriageOutcome.Conflict conflict => ApiProblems.Conflict(conflict.Detail, conflict.Errors),
            TriageOutcome.Invalid invalid => ApiProblems.Invalid(invalid.Errors),
            TriageOutcome.Refused refused => DomainProblems.ToResult(refused.Error),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, "Unknown triage outcome."),
        };
    }

    /// <summary>What the audit entry says of the outcome.</summary>
    public static string Describe(TriageOutcome outcome) => outcome switch
    {
        TriageOutcome.Confirmed confirmed => $"case {confirmed.CaseId}{(confirmed.Created ? " (new)" : string.Empty)}",
        TriageOutcome.Dismissed => "dismissed",
        TriageOutcome.NotFound => "unknown alerts",
        TriageOutcome.Conflict => "conflict",
        TriageOutcome.Invalid => "invalid",
        TriageOutcome.Refused refused => refused.Error.Code,
        _ => outcome.GetType().Name,
    };
}
