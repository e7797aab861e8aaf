namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>The 202 answer of <c>POST /api/alerts</c>: ids stored now, and ids we already had (a re-delivery changes nothing).</summary>
public sealed record IngestResult(IReadOnlyList<string> Accepted, IReadOnlyList<string> Duplicates);
