using System.ComponentModel;

namespace InsiderRisk.Functions.OpenApi.Bodies;

/// <summary>The body <c>POST /api/alerts/bulk-dismiss</c> reads itself (API.md): all alerts dismissed, or none.</summary>
public sealed record BulkDismissAlertsBody(
    [property: Description("IDs of the alerts to dismiss.")] IReadOnlyList<string> AlertIds,
    [property: Description(DismissalText.Reason)] string Reason,
    [property: Description(DismissalText.Notes)] string? Notes);
