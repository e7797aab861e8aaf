using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Cases.Api.Views;

public sealed record CaseAlertView(string AlertId, string Policy, AlertStatus Status, Severity Severity, DateTimeOffset DetectedAt);
