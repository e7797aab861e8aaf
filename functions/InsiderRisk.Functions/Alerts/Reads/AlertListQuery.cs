using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Reads;

/// <summary>The query string of <c>GET /api/alerts</c> and <c>GET /api/cases/{caseId}/alerts</c>, as sent (strings, checked by <see cref="Parse"/>).</summary>
public sealed record AlertListQuery(
    string? Status,
    string? Severity,
    string? Policy,
    string? From,
    string? To,
    string? Q,
    string? PageSize,
    string? ContinuationToken)
{
    public (AlertQueueFilter Filter, int PageSize) Parse(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var from = QueryValues.Time(errors, "from", From);
        var to = QueryValues.Time(errors, "to", To);
        QueryValues.Window(errors, from, to);
        var filter = new AlertQueueFilter(
            QueryValues.Enum<AlertStatus>(errors, "status", Status),
            QueryValues.Enum<Severity>(errors, "severity", Severity),
            QueryValues.Text(errors, "policy", Policy),
            from,
            to,
            QueryValues.Text(errors, "q", Q),
            PageTokens.Decode(ContinuationToken, errors));
        return (filter, QueryValues.PageSize(errors, PageSize));
    }
}
