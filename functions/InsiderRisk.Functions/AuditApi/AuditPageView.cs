namespace InsiderRisk.Functions.AuditApi;

public sealed record AuditPageView(IReadOnlyList<AuditEntryView> Items, string? ContinuationToken);
