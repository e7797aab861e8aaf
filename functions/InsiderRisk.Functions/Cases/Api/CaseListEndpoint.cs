using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Cases.Api.Views;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// <c>GET /api/cases</c>. Roles that grant viewing cases see the whole queue; a caller without one sees
/// the cases they were added to as a contributor, and one who contributes to none is refused (403).
/// </summary>
public static class CaseListEndpoint
{
    public const string Action = "case.list";

    public static async Task<IResult> ListAsync(
        [AsParameters] CaseListParameters parameters,
        HttpContext http,
        CaseIndexReader index,
        CaseViews views,
        IAccessGuard guard,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(guard);
        var principal = http.GetPrincipal();
        var everyCase = principal.Roles.Any(role => PermissionMatrix.RoleGrants(role, Capability.ViewCases));
        if (!everyCase
            && !await index.HasContributionsAsync(principal.UserId, cancellationToken)
            && await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, Action, "cases", null, cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new FieldErrors();
        var query = parameters.ToQuery(errors);
        if (errors.HasErrors)
        {
            return CaseResults.Invalid(errors);
        }

        var page = everyCase
            ? await index.ListAsync(query, cancellationToken)
            : await index.ListForContributorAsync(principal.UserId, query, cancellationToken);
        var items = new List<CaseListItemView>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            items.Add(await views.ListItemAsync(entry, cancellationToken));
        }

        return TypedResults.Ok(new CaseListView(items, page.ContinuationToken));
    }
}
