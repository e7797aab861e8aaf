namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>How a request ended: sent to Graph, recorded by the local sink (Graph not configured), failed for good, or skipped (the setting was turned off before it was sent).</summary>
public enum IdentityFeedbackStatus
{
    Sent,
    Recorded,
    Failed,
    Skipped,
}
