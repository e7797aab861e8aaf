namespace InsiderRisk.Functions.Cases.Api.Views;

public sealed record CaseListView(IReadOnlyList<CaseListItemView> Items, string? ContinuationToken);
