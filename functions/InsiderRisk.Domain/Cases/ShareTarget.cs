namespace InsiderRisk.Domain.Cases;

public enum ShareTarget
{
    ServiceNow,
    Email,
}
