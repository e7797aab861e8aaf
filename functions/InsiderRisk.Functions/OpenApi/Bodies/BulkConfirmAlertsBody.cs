using System.ComponentModel;

namespace InsiderRisk.Functions.OpenApi.Bodies;

/// <summary>The body <c>POST /api/alerts/bulk-confirm</c> reads itself (API.md): all alerts into one case, or none.</summary>
public sealed record BulkConfirmAlertsBody(
    [property: Description("IDs of the alerts to confirm, all of one user.")] IReadOnlyList<string> AlertIds,
    [property: Description("Name of a new case to open with the alerts. Give this or caseId.")] string? CaseName,
    [property: Description("ID of an existing active case of the same user to add the alerts to. Give this or caseName.")] string? CaseId,
    [property: Description("A comment kept with the confirmation.")] string? Comment);
