using Microsoft.Graph;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// Finds the group (a team's id is its group's id) that an earlier attempt of the same effect created,
/// by its exact description. Filtering groups on description is an advanced directory query, hence
/// <c>ConsistencyLevel: eventual</c> with <c>$count=true</c>; the index lags creation by seconds, which
/// the runner's retry delay covers.
/// </summary>
internal sealed class ExistingTeamFinder(GraphServiceClient graph)
{
    public async Task<string?> FindGroupIdAsync(string description, CancellationToken cancellationToken)
    {
        var page = await graph.Groups.GetAsync(
            request =>
            {
                request.QueryParameters.Filter = $"description eq {ODataText.Quote(description)}";
                request.QueryParameters.Count = true;
                request.QueryParameters.Select = ["id", "description"];
                request.QueryParameters.Top = 5;
                request.Headers.Add("ConsistencyLevel", "eventual");
            },
            cancellationToken);
        return page?.Value?
            .Where(group => group.Id is not null && string.Equals(group.Description, description, StringComparison.Ordinal))
            .Select(group => group.Id)
            .FirstOrDefault();
    }
}
