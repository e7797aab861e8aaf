namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>A timeline window: [<see cref="From"/>, <see cref="To"/>), scores of at least <see cref="MinRiskScore"/>, after row key <see cref="After"/>.</summary>
public sealed record ActivityFilter(DateTimeOffset? From, DateTimeOffset? To, int? MinRiskScore, string? After);
