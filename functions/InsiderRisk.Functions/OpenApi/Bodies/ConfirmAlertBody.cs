using System.ComponentModel;

namespace InsiderRisk.Functions.OpenApi.Bodies;

/// <summary>The body <c>POST /api/alerts/{alertId}/confirm</c> reads itself (API.md): a new case by name, or an existing one.</summary>
public sealed record ConfirmAlertBody(
    [property: Description("Name of a new case to open with the alert. Give this or caseId.")] string? CaseName,
    [property: Description("ID of an existing active case of the same user to add the alert to. Give this or caseName.")] string? CaseId,
    [property: Description("A comment kept with the confirmation.")] string? Comment);
