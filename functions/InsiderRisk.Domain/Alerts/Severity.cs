namespace InsiderRisk.Domain.Alerts;

public enum Severity
{
    Low,
    Medium,
    High,
}
