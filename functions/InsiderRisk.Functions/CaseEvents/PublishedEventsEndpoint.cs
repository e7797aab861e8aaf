using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Cases.Api;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// <c>GET /api/cases/{caseId}/published-events</c>: what the local sink published for the case, in
/// sequence order, paged (<c>pageSize</c> 1–1000, default 50; <c>continuationToken</c>). Under the
/// Functions host events go to the topic and this list stays empty.
/// </summary>
public static class PublishedEventsEndpoint
{
    public const string ViewAction = "case.events.view";

    public static async Task<IResult> ListAsync(
        string caseId, string? pageSize, string? continuationToken, HttpContext http, CaseGate gate, PublishedEventPages pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(pages);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, ViewAction, cancellationToken);
        if (entered.Refusal is { } refusal)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var size = Alerts.Http.QueryValues.PageSize(errors, pageSize);
        var after = PageTokens.Decode(continuationToken, errors);
        if (after is not null && !PublishedEventPages.IsRowKey(after))
        {
            errors.Add(PageTokens.Field, "continuationToken is not a token this API returned; start again without it.");
        }

        if (errors.HasErrors)
        {
            return ApiProblems.Invalid(errors);
        }

        var (items, lastKey) = await pages.ReadAsync(caseId, after, size, cancellationToken);
        return TypedResults.Ok(new Page<PublishedEventView>(items, PageTokens.Encode(lastKey)));
    }
}
