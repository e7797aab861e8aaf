using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Records feedback at once: the profile (Pending), the Entra ID Protection call it asks for (if the
/// opt-in setting is on), then the dirty marker, then a <c>risk-feedback</c>
/// message so the processor applies it promptly. The marker is written after the profile, so a scorer
/// that read the older profile cannot clear it. Feedback that changes nothing on a profile that is
/// still Pending marks and queues again: a retry heals a request cut off between the steps.
/// </summary>
public sealed partial class RiskFeedbackRecorder(
    UserRiskProfileStore profiles,
    RiskDirtyIndex dirty,
    RiskQueues queues,
    IdentityFeedback.IdentityFeedbackRequests identity,
    ILogger<RiskFeedbackRecorder> logger)
{
    public async Task<UserRiskProfile> RecordAsync(
        UserPseudonym user, RiskFeedback feedback, DateTimeOffset givenAt, CancellationToken cancellationToken = default)
    {
        var (before, after) = await profiles.UpdateAsync(user, profile => UserRiskFeedback.Apply(profile, feedback, givenAt), cancellationToken);
        if (after == before && after.ProcessingState != RiskProcessingState.Pending)
        {
            return after;
        }

        await identity.RequestAsync(user, feedback, after, givenAt, cancellationToken);
        await dirty.MarkAsync(user, cancellationToken);
        try
        {
            await queues.SendUserAsync(user, cancellationToken);
        }
        catch (StorageException e)
        {
            // The marker already guarantees the next run applies it; the message only makes it prompt.
            LogQueueFailed(logger, e, user.Value);
        }

        return after;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk feedback for {User} is recorded but could not be queued for prompt processing; the next run applies it.")]
    private static partial void LogQueueFailed(ILogger logger, Exception exception, string user);
}
