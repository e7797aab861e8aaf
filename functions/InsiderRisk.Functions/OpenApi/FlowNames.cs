namespace InsiderRisk.Functions.OpenApi;

/// <summary>The flows configured as <c>Flows__{name}__Url</c> (a name counts once its URL is set), sorted, each once.</summary>
public static class FlowNames
{
    public const string Section = "Flows";
    public const string UrlKey = "Url";

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return
        [
            .. configuration.GetSection(Section).GetChildren()
                .Where(flow => !string.IsNullOrWhiteSpace(flow[UrlKey]))
                .Select(flow => flow.Key)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.OrdinalIgnoreCase),
        ];
    }
}
