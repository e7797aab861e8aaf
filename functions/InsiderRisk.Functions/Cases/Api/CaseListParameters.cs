using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Index;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>The query of <c>GET /api/cases</c>, bound as text so every bad value answers with its field.</summary>
public sealed record CaseListParameters(
    string? Status,
    string? OpenedFrom,
    string? OpenedTo,
    string? UpdatedFrom,
    string? UpdatedTo,
    string? Q,
    string? PageSize,
    string? ContinuationToken)
{
    public const int MaxTextLength = 200;

    public CaseListQuery ToQuery(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var openedFrom = QueryValues.Time(errors, "openedFrom", OpenedFrom);
        var openedTo = QueryValues.Time(errors, "openedTo", OpenedTo);
        var updatedFrom = QueryValues.Time(errors, "updatedFrom", UpdatedFrom);
        var updatedTo = QueryValues.Time(errors, "updatedTo", UpdatedTo);
        QueryValues.Range(errors, "openedFrom", openedFrom, "openedTo", openedTo);
        QueryValues.Range(errors, "updatedFrom", updatedFrom, "updatedTo", updatedTo);
        IReadOnlyList<CaseStatus> statuses = [CaseStatus.Active, CaseStatus.Closed];
        if (!string.IsNullOrWhiteSpace(Status) && CaseFields.Named<CaseStatus>(errors, "status", Status) is { } status)
        {
            statuses = [status];
        }

        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (text?.Length > MaxTextLength)
        {
            errors.Add("q", $"q holds at most {MaxTextLength} characters.");
        }

        CaseIndexToken? token = null;
        if (!string.IsNullOrEmpty(ContinuationToken) && (token = CaseIndexToken.TryDecode(ContinuationToken)) is null)
        {
            errors.Add("continuationToken", "continuationToken must be a token returned by this list.");
        }

        return new CaseListQuery
        {
            Statuses = statuses,
            OpenedFrom = openedFrom,
            OpenedTo = openedTo,
            UpdatedFrom = updatedFrom,
            UpdatedTo = updatedTo,
            Text = text is null ? null : CaseIndexRows.Lower(text),
            PageSize = QueryValues.PageSize(errors, PageSize),
            Token = token,
        };
    }
}
