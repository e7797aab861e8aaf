namespace InsiderRisk.Domain.Cases;

/// <summary>Pending until its outcome is recorded; Failed only once the runner gave up.</summary>
public enum EffectStatus
{
    Pending,
    Succeeded,
    Failed,
}
