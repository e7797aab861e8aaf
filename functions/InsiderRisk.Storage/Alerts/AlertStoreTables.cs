namespace InsiderRisk.Storage.Alerts;

/// <summary>The tables the alert store uses; tests give each run its own names.</summary>
public sealed record AlertStoreTables(string Alerts = "Alerts", string UserAlerts = "UserAlerts");
