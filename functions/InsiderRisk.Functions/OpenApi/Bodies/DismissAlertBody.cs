using System.ComponentModel;

namespace InsiderRisk.Functions.OpenApi.Bodies;

/// <summary>The body <c>POST /api/alerts/{alertId}/dismiss</c> reads itself (API.md).</summary>
public sealed record DismissAlertBody(
    [property: Description(DismissalText.Reason)] string Reason,
    [property: Description(DismissalText.Notes)] string? Notes);
