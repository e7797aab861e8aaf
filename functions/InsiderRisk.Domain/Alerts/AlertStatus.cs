namespace InsiderRisk.Domain.Alerts;

/// <summary>NeedsReview on arrival → Confirmed (attached to a case) or Dismissed; Confirmed → Resolved with its case.</summary>
public enum AlertStatus
{
    NeedsReview,
    Confirmed,
    Dismissed,
    Resolved,
}
