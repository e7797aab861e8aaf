namespace InsiderRisk.Functions.Alerts.Admin;

/// <summary>What the trigger metadata says of a message: its id, when it was enqueued, how often delivered.</summary>
public sealed record MessageFacts(string? MessageId, DateTimeOffset? EnqueuedAt, int? DeliveryCount);
