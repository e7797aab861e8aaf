namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>One page and the row key the next page starts after (null when there is no more).</summary>
public sealed record KeyedPage<T>(IReadOnlyList<T> Items, string? After)
{
    public KeyedPage<TResult> Select<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], After);
}
