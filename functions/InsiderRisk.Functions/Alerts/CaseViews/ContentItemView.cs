using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>A file or message involved in one of the case's alerts.</summary>
public sealed record ContentItemView(
    string AlertId,
    string Id,
    ContentKind Kind,
    string Name,
    string Source,
    Uri? Location,
    string? Sensitivity);
