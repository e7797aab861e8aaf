namespace InsiderRisk.Domain.Cases;

public enum CaseStatus
{
    Active,
    Closed,
}
