namespace InsiderRisk.Domain.Cases;

/// <summary>How a resolved case was judged; risk scoring reads it (Benign alerts stop counting).</summary>
public enum CaseClassification
{
    Benign,
    ConfirmedPolicyViolation,
}
