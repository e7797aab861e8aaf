namespace InsiderRisk.Storage.Cases;

/// <summary>
/// The tables the case event store uses. The defaults are the app's; tests give each run its own
/// names so that many can share one server.
/// </summary>
public sealed record CaseStoreTables(string Cases = "Cases", string OutboxIndex = "OutboxIndex");
