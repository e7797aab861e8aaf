namespace InsiderRisk.Integrations.Flows;

/// <summary>
/// One configured flow. Its trigger URL carries the flow's secret (the <c>sig</c> query parameter), so
/// this is a class whose text form is only the flow's name and host: printing or logging it can never
/// leak the URL. <see cref="Url"/> null = the flow is served by the local sink (<c>Flows__{name}__Url=local</c>).
/// </summary>
public sealed class FlowTarget
{
    private static readonly HashSet<string> SecretNames = new(["sig", "code", "key", "token"], StringComparer.OrdinalIgnoreCase);

    public FlowTarget(string name, Uri? url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Url = url;
    }

    public string Name { get; }

    public Uri? Url { get; }

    public bool IsLocalSink => Url is null;

    /// <summary>What may be shown of the target: the host only.</summary>
    public string Host => Url?.Host ?? "local sink";

    /// <summary>
    /// Removes from a text that might quote them (a flow echoing its request, an error message) the URL,
    /// its query, and the values of its secret-bearing parameters (<c>sig</c>, <c>code</c>, <c>key</c>, <c>token</c>).
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Url is null)
        {
            return text;
        }

        var redacted = text.Replace(Url.OriginalString, "[flow url]", StringComparison.OrdinalIgnoreCase)
            .Replace(Url.AbsoluteUri, "[flow url]", StringComparison.OrdinalIgnoreCase);
        if (Url.Query.Length > 1)
        {
            redacted = redacted.Replace(Url.Query.TrimStart('?'), "[redacted]", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var secret in SecretValues())
        {
            redacted = redacted.Replace(secret, "[redacted]", StringComparison.Ordinal);
        }

        return redacted;
    }

    private IEnumerable<string> SecretValues() =>
        Url!.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[1].Length > 0 && SecretNames.Contains(pair[0]))
            .SelectMany(pair => new[] { pair[1], Uri.UnescapeDataString(pair[1]) })
            .Distinct(StringComparer.Ordinal);

    public override string ToString() => $"flow '{Name}' ({Host})";
}
