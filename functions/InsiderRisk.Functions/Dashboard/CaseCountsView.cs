namespace InsiderRisk.Functions.Dashboard;

public sealed record CaseCountsView(int Active, int Closed);
