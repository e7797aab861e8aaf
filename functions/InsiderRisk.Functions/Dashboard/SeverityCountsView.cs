namespace InsiderRisk.Functions.Dashboard;

public sealed record SeverityCountsView(int High, int Medium, int Low);
