using System.Text.RegularExpressions;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// The Location of a team's creation: <c>/teams('{teamId}')/operations('{operationId}')</c>
/// (also accepted: the <c>/teams/{teamId}/operations/{operationId}</c> form).
/// </summary>
public sealed partial record TeamOperationLocation(string TeamId, string OperationId)
{
    public static TeamOperationLocation? Parse(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        var match = Pattern().Match(location);
        return match.Success ? new(match.Groups["team"].Value, match.Groups["op"].Value) : null;
    }

    [GeneratedRegex(@"/teams(?:\('(?<team>[^'/]+)'\)|/(?<team>[^/(]+))/operations(?:\('(?<op>[^'/]+)'\)|/(?<op>[^/(?]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
