namespace InsiderRisk.Functions.Alerts.Http;

/// <summary>One page of a list answer: <c>{items, continuationToken}</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
