using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>The query string of <c>GET /api/cases/{caseId}/content</c>: kind, source, and text over name, location and sensitivity.</summary>
public sealed record ContentQuery(string? Kind, string? Source, string? Q, string? PageSize, string? ContinuationToken)
{
    public ContentFilter Parse(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ContentFilter(
            QueryValues.Enum<ContentKind>(errors, "kind", Kind),
            QueryValues.Text(errors, "source", Source),
            QueryValues.Text(errors, "q", Q),
            PageTokens.Decode(ContinuationToken, errors),
            QueryValues.PageSize(errors, PageSize));
    }
}

public sealed record ContentFilter(ContentKind? Kind, string? Source, string? Q, string? After, int PageSize)
{
    public bool Matches(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Kind is not { } kind || item.Kind == kind)
            && (Source is null || string.Equals(item.Source, Source, StringComparison.OrdinalIgnoreCase))
            && (Q is null
                || item.Name.Contains(Q, StringComparison.OrdinalIgnoreCase)
                || (item.Location?.ToString().Contains(Q, StringComparison.OrdinalIgnoreCase) ?? false)
                || (item.Sensitivity?.Contains(Q, StringComparison.OrdinalIgnoreCase) ?? false));
    }
}
