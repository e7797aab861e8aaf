namespace InsiderRisk.Integrations.Flows;

/// <summary>
/// One configured flow. Its trigger URL carries the flow's secret (the <c>sig</c> query parameter), so
/// this is a class whose text form is only the flow's name and host: printing or logging it can never
/// leak the URL. <see cref="Url"/> null = the flow is served by the local sink (<c>Flows__{name}__Url=local</c>).
/// </summary>
public sealed class FlowTarget
{
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

    /// <summary>Removes the URL, and its query on its own, from a text that might quote them.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Url is null)
        {
            return text;
        }

        var redacted = text.Replace(Url.OriginalString, "[flow url]", StringComparison.OrdinalIgnoreCase)
            .Replace(Url.AbsoluteUri, "[flow url]", StringComparison.OrdinalIgnoreCase);
        return Url.Query.Length > 1 ? redacted.Replace(Url.Query.TrimStart('?'), "[redacted]", StringComparison.OrdinalIgnoreCase) : redacted;
    }

    public override string ToString() => $"flow '{Name}' ({Host})";
}
