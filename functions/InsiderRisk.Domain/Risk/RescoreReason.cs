namespace InsiderRisk.Domain.Risk;

public enum RescoreReason
{
    UpToDate,
    NeverScored,
    InputsChanged,
    AgedOut,
}
