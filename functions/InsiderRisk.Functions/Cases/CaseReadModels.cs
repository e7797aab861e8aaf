using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Runs every registered <see cref="ICaseProjection"/> after an append and then marks the append's
/// <see cref="OutboxKind"/> row done. A projection that throws leaves the row pending, so the sweeper
/// brings the read models up to date later through <see cref="ICaseReadModelRefresher"/>; the command
/// itself has already been stored and is not failed for it.
/// </summary>
public sealed partial class CaseReadModels(
    IEnumerable<ICaseProjection> projections,
    ICaseEventStore store,
    ILogger<CaseReadModels> logger)
{
    /// <summary>The outbox kind of "read models not yet updated for this append"; the sweeper hands these to <see cref="ICaseReadModelRefresher"/>.</summary>
    public const string OutboxKind = "ProjectReadModels";

    private const string Marker = "-pj";

    private readonly IReadOnlyList<ICaseProjection> all = [.. projections];

    public static string ProjectionEffectId(CaseId caseId, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{caseId.Value}{Marker}{version:D8}");

    /// <summary>The version an entry of <see cref="OutboxKind"/> stands for, read back from its id.</summary>
    public static long? VersionOf(CaseId caseId, string effectId)
    {
        ArgumentNullException.ThrowIfNull(effectId);
        var prefix = caseId.Value + Marker;
        return effectId.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(effectId.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    /// <summary>Projects; true when every projection succeeded (the entry is then marked done).</summary>
    public async Task<bool> ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, IEnumerable<string> doneEffectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var succeeded = true;
        foreach (var projection in all)
        {
            try
            {
                await projection.ProjectAsync(state, newEvents, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                succeeded = false;
                LogProjectionFailed(logger, exception, projection.GetType().Name, state.CaseId.Value, state.Version);
            }
        }

        if (!succeeded)
        {
            return false;
        }

        try
        {
            foreach (var effectId in doneEffectIds)
            {
                await store.MarkDoneAsync(state.CaseId.Value, effectId, cancellationToken);
            }
        }
        catch (StorageException exception)
        {
            // Still pending: the sweeper projects again, which changes nothing, then marks it done.
            LogMarkDoneFailed(logger, exception, state.CaseId.Value, state.Version);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark the read models of case {CaseId} at version {Version} done; the sweeper will.")]
    private static partial void LogMarkDoneFailed(ILogger logger, Exception exception, string caseId, long version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Read model {Projection} failed for case {CaseId} at version {Version}; the outbox sweeper will retry it.")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, string projection, string caseId, long version);
}
