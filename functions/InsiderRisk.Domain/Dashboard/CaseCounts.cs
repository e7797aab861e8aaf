namespace InsiderRisk.Domain.Dashboard;

public sealed record CaseCounts(int Active, int Closed);
