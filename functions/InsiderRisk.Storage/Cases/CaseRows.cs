using System.Globalization;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Cases;

/// <summary>
/// The rows of one case's partition, in key order: commits <c>c-{first sequence:D19}</c> (the events of
/// one append), the stream head <c>head</c> (version and optional snapshot), and outbox rows
/// <c>o-{effectId}</c>. Property names are a storage format: never rename them.
/// </summary>
internal static class CaseRows
{
    public const string Head = "head";
    public const string CommitPrefix = "c-";

    /// <summary>The first key after every commit key ('.' follows '-').</summary>
    public const string CommitsEnd = "c.";
    public const string OutboxPrefix = "o-";
    public const string Pending = "Pending";
    public const string Done = "Done";

    public static string Commit(long firstSequence) => CommitPrefix + firstSequence.ToString("D19", CultureInfo.InvariantCulture);

    public static string Outbox(string effectId) => OutboxPrefix + effectId;

    public static TableEntity HeadRow(string caseId, long version, CaseSnapshot? snapshot)
    {
        var head = new TableEntity(caseId, Head) { ["Version"] = version };
        if (snapshot is not null)
        {
            head["SnapshotVersion"] = snapshot.Version;
            ChunkedText.Write(head, "S", snapshot.Data, "The snapshot");
        }

        return head;
    }

    public static CaseSnapshot? SnapshotOf(TableEntity head) =>
        head.GetInt64("SnapshotVersion") is { } version and > 0
            ? new CaseSnapshot(version, ChunkedText.Read(head, "S"))
            : null;

    public static TableEntity CommitRow(string caseId, long firstSequence, IReadOnlyList<NewEvent> events)
    {
        var row = new TableEntity(caseId, Commit(firstSequence))
        {
            ["First"] = firstSequence,
            ["Count"] = events.Count,
        };
        ChunkedText.Write(row, "E", CommitJson.Write(events), "The events of one append, as JSON,");
        return row;
    }

    public static IEnumerable<StoredEvent> EventsOf(TableEntity commit) =>
        CommitJson.Read(ChunkedText.Read(commit, "E"), commit.GetInt64("First") ?? 0);

    public static TableEntity OutboxRow(OutboxEntry entry, long version, string bucket)
    {
        var row = new TableEntity(entry.CaseId, Outbox(entry.EffectId))
        {
            ["Kind"] = entry.Kind,
            ["Status"] = Pending,
            ["Version"] = version,
            ["Bucket"] = bucket,
        };
        if (entry.DueAt is { } due)
        {
            row["DueAt"] = due;
        }

        ChunkedText.Write(row, "P", entry.Payload, $"The payload of effect '{entry.EffectId}'");
        return row;
    }

    public static OutboxEntry EntryOf(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey[OutboxPrefix.Length..],
        row.GetString("Kind") ?? string.Empty,
        ChunkedText.Read(row, "P"),
        row.GetDateTime("DueAt"));

    public static bool IsPending(TableEntity row) => row.GetString("Status") == Pending;
}
