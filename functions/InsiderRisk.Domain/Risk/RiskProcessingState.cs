namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Whether the latest feedback on a user is reflected in their stored assessment:
/// <see cref="Pending"/> once feedback is applied to the profile, <see cref="Processed"/> once an
/// assessment of that profile version is stored (see <see cref="UserRiskProfile.MarkProcessed"/>).
/// </summary>
public enum RiskProcessingState
{
    Processed,
    Pending,
}
