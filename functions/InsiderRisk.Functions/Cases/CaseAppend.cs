using System.Globalization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// What one accepted decision writes: the serialized events, one outbox row per requested effect plus
/// the rows that stand for "read models not yet updated" and "events not yet published", and now and
/// then a snapshot.
/// </summary>
internal sealed record CaseAppend(
    CaseState State,
    IReadOnlyList<NewEvent> Events,
    IReadOnlyList<OutboxEntry> Outbox,
    CaseSnapshot? Snapshot)
{
    /// <summary>A snapshot is written each time the version crosses a multiple of this.</summary>
    public const int SnapshotEvery = 20;

    /// <summary>
    /// The head row holds 15 × 32,000 characters; a bigger state (many long notes) keeps its older
    /// snapshot rather than failing the append, and loads fold a few more events.
    /// </summary>
    public const int MaxSnapshotChars = 400_000;

    public static CaseAppend Prepare(CaseState before, IReadOnlyList<CaseEvent> events)
    {
        var after = CaseDecider.Fold(before, events);
        var caseId = after.CaseId.Value;
        var projectionId = CaseReadModels.ProjectionEffectId(after.CaseId, after.Version);
        List<OutboxEntry> outbox =
        [
            .. events.OfType<IRequestsEffect>().Select(request => new OutboxEntry(
                caseId,
                request.Effect.EffectId.Value,
                request.Effect.Kind.ToString(),
                CaseJson.SerializePayload(request.Effect.Payload),
                request.Effect.DueAt)),
            new OutboxEntry(caseId, projectionId, CaseReadModels.OutboxKind, ProjectionPayload(after.Version), null),
            CaseEvents.CaseEventOutbox.Entry(caseId, before.Version + 1, after.Version, events[^1].At),
        ];
        var serialized = events.Select(e =>
        {
            var (type, data) = CaseJson.Serialize(e);
            return new NewEvent(type, data, e.At, e.By);
        }).ToList();
        return new CaseAppend(after, serialized, outbox, SnapshotOf(before, after));
    }

    private static CaseSnapshot? SnapshotOf(CaseState before, CaseState after)
    {
        if (after.Version / SnapshotEvery == before.Version / SnapshotEvery)
        {
            return null;
        }

        var data = CaseJson.SerializeState(after);
        return data.Length <= MaxSnapshotChars ? new CaseSnapshot(after.Version, data) : null;
    }

    private static string ProjectionPayload(long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"version\":{version}}}");
}
