namespace InsiderRisk.Integrations.Notices;

/// <summary>Validation messages gathered per field, in the order found.</summary>
internal sealed class NoticeErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var messages))
        {
            messages = [];
            byField[field] = messages;
        }

        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        byField.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
