using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>The query string of <c>GET /api/cases/{caseId}/activities</c>.</summary>
public sealed record ActivityQuery(string? From, string? To, string? MinRiskScore, string? PageSize, string? ContinuationToken)
{
    public (ActivityFilter Filter, int PageSize) Parse(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var from = QueryValues.Time(errors, "from", From);
        var to = QueryValues.Time(errors, "to", To);
        QueryValues.Window(errors, from, to);
        var minRiskScore = QueryValues.Integer(errors, "minRiskScore", MinRiskScore, AlertLimits.MinRiskScore, AlertLimits.MaxRiskScore);
        var filter = new ActivityFilter(from, to, minRiskScore, PageTokens.Decode(ContinuationToken, errors));
        return (filter, QueryValues.PageSize(errors, PageSize));
    }
}
