using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.Health;

/// <summary>
/// What the app knows of itself: it is up (it answers), its configuration passed validation (it
/// started), its version, which store is configured and whether that store answers right now. The
/// connection itself is never shown.
/// </summary>
public sealed record HealthReport(string Status, string Version, StoreKind Store, bool StoreReachable, bool StoreReady);
