namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>One operation's answer inside a batch response.</summary>
internal sealed record BatchPartResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
