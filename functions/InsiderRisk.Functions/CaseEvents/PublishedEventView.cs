using System.Text.Json;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>One case event as the local sink kept it: the message body exactly as the topic would carry it.</summary>
public sealed record PublishedEventView(long Sequence, string MessageId, string Type, DateTimeOffset PublishedAt, JsonElement Body);
