namespace InsiderRisk.Functions.Risk;

public enum RiskRunState
{
    Queued,
    Running,
    Completed,
}
