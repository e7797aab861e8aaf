namespace InsiderRisk.Functions.Cases.Index;

/// <summary>
/// One page of the case queue. A page can be shorter than asked (even empty) and still carry a token:
/// a text search reads at most <see cref="CaseIndexReader.MaxScannedRows"/> index rows per request.
/// </summary>
public sealed record CaseIndexPage(IReadOnlyList<CaseIndexEntry> Items, string? ContinuationToken);
