namespace InsiderRisk.Domain.Alerts;

/// <summary>A file or message involved in an alert. <c>Location</c> is optional: not every message has a link.</summary>
public sealed record ContentItem(
    string Id,
    ContentKind Kind,
    string Name,
    string Source,
    Uri? Location,
    string? Sensitivity);
