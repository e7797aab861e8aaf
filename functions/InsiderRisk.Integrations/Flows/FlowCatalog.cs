using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Integrations.Flows;

/// <summary>
/// The named Power Automate flows the app may run, from <c>Flows__{name}__Url</c>. The app uses it to
/// tell the case decider whether a RunFlow request names a configured flow, and to list the names to the
/// custom connector (dynamic values). Names compare case-insensitively, as app settings do.
/// </summary>
public sealed class FlowCatalog
{
    public const string Section = "Flows";

    /// <summary>The URL value that registers a flow served by the local sink (for local runs and demos).</summary>
    public const string LocalSinkUrl = "local";

    private readonly Dictionary<string, FlowTarget> flows;

    public FlowCatalog(IEnumerable<FlowTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        flows = targets.ToDictionary(target => target.Name, StringComparer.OrdinalIgnoreCase);
    }

    public static FlowCatalog Empty { get; } = new([]);

    public IReadOnlyList<string> Names => [.. flows.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether any flow has a real trigger URL (otherwise every configured flow is a local-sink one).</summary>
    public bool HasTriggerUrls => flows.Values.Any(target => !target.IsLocalSink);

    public bool IsConfigured(string flowName) => Find(flowName) is not null;

    public FlowTarget? Find(string flowName) =>
        !string.IsNullOrWhiteSpace(flowName) && flows.TryGetValue(flowName.Trim(), out var target) ? target : null;

    /// <summary>
    /// Reads every <c>Flows:{name}:Url</c>. A URL must be absolute https (http only on loopback, for
    /// tests); an invalid one stops the app with an error that names the flow but not the URL.
    /// </summary>
    public static FlowCatalog From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var targets = new List<FlowTarget>();
        foreach (var flow in configuration.GetSection(Section).GetChildren())
        {
            var url = flow["Url"]?.Trim();
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            targets.Add(string.Equals(url, LocalSinkUrl, StringComparison.OrdinalIgnoreCase)
                ? new FlowTarget(flow.Key, null)
                : new FlowTarget(flow.Key, Parse(flow.Key, url)));
        }

        return new FlowCatalog(targets);
    }

    private static Uri Parse(string name, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri
            : throw new InvalidOperationException($"Flows__{name}__Url is not an absolute https URL.");
}
