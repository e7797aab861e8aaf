namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Collects validation messages by field path. <see cref="Under"/> gives a view that prefixes every key,
/// so nested validators write <c>riskScore</c> and the key becomes <c>[2].activities[3].riskScore</c>.
/// </summary>
public sealed class FieldErrors
{
    // A batch of 1,000 alerts with 1,000 bad activities each would otherwise answer a million lines.
    public const int MaxListedFields = 1_000;

    private readonly Store _store;
    private readonly string _prefix;

    public FieldErrors()
        : this(new Store(), "")
    {
    }

    private FieldErrors(Store store, string prefix)
    {
        _store = store;
        _prefix = prefix;
    }

    /// <summary>Messages added so far, through this view or any other view of the same collection.</summary>
    public int Count => _store.Total;

    public bool HasErrors => _store.Total > 0;

    public FieldErrors Under(string segment) => new(_store, FieldPath.Join(_prefix, segment));

    public void Add(string field, string message) => _store.Add(FieldPath.Join(_prefix, field), message);

    /// <summary>A problem with the value at this view's own path (the whole body when at the root).</summary>
    public void AddHere(string message) => _store.Add(_prefix.Length == 0 ? FieldPath.Root : _prefix, message);

    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var result = _store.Messages.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        if (_store.Total > _store.Listed)
        {
            result[FieldPath.Root] = [.. result.GetValueOrDefault(FieldPath.Root, []),
                $"Too many problems: only the first {MaxListedFields:N0} fields are listed."];
        }

        return result;
    }

    private sealed class Store
    {
        public Dictionary<string, List<string>> Messages { get; } = new(StringComparer.Ordinal);

        public int Total { get; private set; }

        public int Listed { get; private set; }

        public void Add(string key, string message)
        {
            Total++;
            if (Messages.TryGetValue(key, out var list))
            {
                list.Add(message);
                Listed++;
            }
            else if (Messages.Count < MaxListedFields)
            {
                Messages[key] = [message];
                Listed++;
            }
        }
    }
}
