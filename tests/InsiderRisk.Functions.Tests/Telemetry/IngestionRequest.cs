using System.Text.Json;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>One POST the fake ingestion endpoint received; <paramref name="ArrivedAt"/> is a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
internal sealed record IngestionRequest(string Method, string Path, string? Authorization, IReadOnlyList<JsonElement> Envelopes, long ArrivedAt);
