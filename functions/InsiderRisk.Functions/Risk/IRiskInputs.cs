using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// How other areas tell risk that a user's inputs changed. Call after an alert of the user is stored
/// (ingestion, with its sign-in when it has one) and after an alert changes status (confirm, dismiss,
/// resolve). The user is rescored by the next run; idempotent and cheap (one or two upserts).
/// </summary>
public interface IRiskInputs
{
    Task MarkDirtyAsync(UserPseudonym user, SignInId? signInId = null, CancellationToken cancellationToken = default);
}
