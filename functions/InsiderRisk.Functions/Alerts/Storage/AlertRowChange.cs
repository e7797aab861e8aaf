using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>The columns one triage step writes to an alert's primary row.</summary>
public sealed record AlertRowChange(IReadOnlyDictionary<string, object> Values)
{
    public static AlertRowChange Claim(TriageClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(new Dictionary<string, object>
        {
            [AlertRowColumns.ClaimTarget] = claim.Target,
            [AlertRowColumns.ClaimCaseId] = claim.CaseId?.Value ?? string.Empty,
            [AlertRowColumns.ClaimAt] = claim.At,
            [AlertRowColumns.ClaimNonce] = claim.Nonce,
        });
    }

    public static AlertRowChange ReleaseClaim() => new(NoClaim());

    public static AlertRowChange Confirm(CaseId caseId, string? confirmTarget, string? by, DateTimeOffset? at)
    {
        var values = NoClaim();
        values[AlertRowColumns.Status] = nameof(AlertStatus.Confirmed);
        values[AlertRowColumns.CaseId] = caseId.Value;
        values[AlertRowColumns.ConfirmTarget] = confirmTarget ?? string.Empty;
        if (by is not null && at is { } time)
        {
            values[AlertRowColumns.TriagedBy] = by;
            values[AlertRowColumns.TriagedAt] = time;
        }

        return new(values);
    }

    public static AlertRowChange Dismiss(Dismissal dismissal, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(dismissal);
        var values = NoClaim();
        values[AlertRowColumns.Status] = nameof(AlertStatus.Dismissed);
        values[AlertRowColumns.DismissReason] = dismissal.Reason.ApiValue;
        values[AlertRowColumns.DismissNotes] = dismissal.Notes ?? string.Empty;
        values[AlertRowColumns.TriagedBy] = by;
        values[AlertRowColumns.TriagedAt] = at;
        return new(values);
    }

    public static AlertRowChange Resolve(CaseId caseId, string? classification)
    {
        var values = NoClaim();
        values[AlertRowColumns.Status] = nameof(AlertStatus.Resolved);
        values[AlertRowColumns.CaseId] = caseId.Value;
        values[AlertRowColumns.Classification] = classification ?? string.Empty;
        return new(values);
    }

    private static Dictionary<string, object> NoClaim() => new()
    {
        [AlertRowColumns.ClaimTarget] = string.Empty,
        [AlertRowColumns.ClaimCaseId] = string.Empty,
        [AlertRowColumns.ClaimNonce] = string.Empty,
    };
}
