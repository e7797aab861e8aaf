namespace InsiderRisk.Functions.Admin;

public sealed record TemplateListView(IReadOnlyList<NoticeTemplateView> Items, string? ContinuationToken);
