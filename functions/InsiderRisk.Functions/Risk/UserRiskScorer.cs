using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Brings one user's stored assessment up to date: decide with <see cref="RescorePolicy"/>, and if
/// needed Assess → <c>UserRisk</c> row → profile marked Processed → dirty marker cleared. The marker
/// must be read before anything else, so feedback or alerts arriving meanwhile keep it set.
/// </summary>
public sealed class UserRiskScorer(
    UserRiskProfileStore profiles,
    UserRiskStore risks,
    RiskDirtyIndex dirty,
    RiskAlertFacts facts,
    SignInIndex signIns,
    TimeProvider clock)
{
    public async Task<RescoreReason> ScoreAsync(
        UserPseudonym user, RiskScoringContext context, DirtyMarker? marker, CancellationToken cancellationToken = default)
    {
        var reason = await RescoreAsync(user, context, marker, cancellationToken);
        if (marker is not null)
        {
            await dirty.ClearAsync(marker, cancellationToken);
        }

        return reason;
    }

    /// <summary>
    /// <see cref="ScoreAsync"/> but the marker stays: a run clears it only once a saved checkpoint
    /// counts the user, or a crash in between would lose the count (the resumed walk no longer sees it).
    /// </summary>
    public async Task<RescoreReason> RescoreAsync(
        UserPseudonym user, RiskScoringContext context, DirtyMarker? marker, CancellationToken cancellationToken = default) =>
        await RescoreAsync(user, context, marker, await risks.GetAsync(user, cancellationToken), cancellationToken);

    /// <summary>A user without a marker whose stored assessment was just read (a run's walk of <c>UserRisk</c> or <c>RiskExpiry</c>).</summary>
    public Task<RescoreReason> RescoreAsync(StoredUserRisk last, RiskScoringContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(last);
        return RescoreAsync(last.User, context, null, last, cancellationToken);
    }

    private async Task<RescoreReason> RescoreAsync(
        UserPseudonym user, RiskScoringContext context, DirtyMarker? marker, StoredUserRisk? last, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = await profiles.GetAsync(user, cancellationToken);
        var now = clock.GetUtcNow();
        var current = Fingerprint(user, context, stored.Profile, last, marker);
        var reason = RescorePolicy.Decide(last?.Fingerprint, last?.Assessment.ValidUntil, current, now);
        if (reason != RescoreReason.UpToDate)
        {
            var alerts = await facts.ReadAsync(user, cancellationToken);
            var assessment = UserRiskAssessor.Assess(stored.Profile, alerts, context.MembershipOf(user), context.Settings, now);
            // Sign-ins before the assessment that lists them: a listed sign-in is one already recorded.
            var userSignIns = alerts.Select(alert => alert.SignInId).OfType<SignInId>().Distinct().ToList();
            var recorded = last?.SignIns?.ToHashSet() ?? [];
            foreach (var signInId in userSignIns.Where(signIn => !recorded.Contains(signIn)))
            {
                await signIns.RecordAsync(signInId, user, cancellationToken);
            }

            await risks.SaveAsync(new StoredUserRisk(user, assessment, current, SignIns: userSignIns), last, cancellationToken);
            if (stored.Profile.ProcessingState == RiskProcessingState.Pending)
            {
                await profiles.UpdateAsync(user, profile => profile.MarkProcessed(assessment), stored, cancellationToken);
            }
        }

        return reason;
    }

    // A marker always means "changed": its version moves past the stored one even if two marks share a clock tick.
    private static RiskInputsFingerprint Fingerprint(
        UserPseudonym user, RiskScoringContext context, UserRiskProfile profile, StoredUserRisk? last, DirtyMarker? marker)
    {
        var lastAlerts = last?.Fingerprint.AlertsVersion ?? 0;
        var alertsVersion = marker is null ? lastAlerts : Math.Max(marker.MarkedAt.UtcTicks, lastAlerts + 1);
        return new RiskInputsFingerprint(alertsVersion, profile.Version, context.SettingsVersion(user));
    }
}
