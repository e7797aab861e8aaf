namespace InsiderRisk.Functions.Telemetry;

/// <summary>An event waiting for the exporter, with when it happened.</summary>
public sealed record TelemetryItem(TelemetryEvent Event, DateTimeOffset Time);
