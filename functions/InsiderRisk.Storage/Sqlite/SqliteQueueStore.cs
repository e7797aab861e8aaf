using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// <see cref="IQueueStore"/> on SQLite, with Storage Queues' semantics: a receive claims messages in
/// one transaction (so each goes to one receiver at a time), counts the delivery and issues a new pop
/// receipt; a message not deleted in time becomes visible again; an expired one is gone.
/// </summary>
public sealed class SqliteQueueStore : IQueueStore
{
    private const string SelectVisibleSql = "SELECT seq, id, body, inserted, dequeues FROM messages "
        + "WHERE queue = $queue AND visible <= $now AND expires > $now ORDER BY visible, seq LIMIT $max";
    private const string ClaimSql = "UPDATE messages SET visible = $visible, receipt = $receipt, dequeues = dequeues + 1 WHERE seq = $seq";
    private const string DeleteSql = "DELETE FROM messages WHERE queue = $queue AND id = $id AND receipt = $receipt AND expires > $now";
    private const string UpdateSql = "UPDATE messages SET visible = $visible, receipt = $new "
        + "WHERE queue = $queue AND id = $id AND receipt = $receipt AND expires > $now";

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly KnownNames knownQueues = KnownNames.Queues();

    public SqliteQueueStore(SqliteDatabase database, TimeProvider? time = null)
    {
        this.database = database;
        this.time = time ?? TimeProvider.System;
    }

    public async Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueRules.EnsureValidName(queue);
        await database.WriteAsync(
            session =>
            {
                var command = session.Command("INSERT INTO queues (name) VALUES ($name) ON CONFLICT DO NOTHING");
                command.Parameters.AddWithValue("$name", queue);
                return command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    public async Task<string> SendAsync(string queue, string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        QueueRules.EnsureValidSend(text, visibilityDelay, timeToLive);
        return await database.WriteAsync(
            session =>
            {
                EnsureQueue(session, queue);
                var now = time.GetUtcNow();
                var ttl = timeToLive ?? QueueRules.DefaultTimeToLive;
                var id = Guid.NewGuid().ToString("D");
                var command = session.Command("INSERT INTO messages (queue, id, body, inserted, visible, expires, dequeues, receipt) "
                    + "VALUES ($queue, $id, $body, $now, $visible, $expires, 0, NULL)");
                command.Parameters.AddWithValue("$queue", queue);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$body", text);
                command.Parameters.AddWithValue("$now", now.UtcTicks);
                command.Parameters.AddWithValue("$visible", (now + (visibilityDelay ?? TimeSpan.Zero)).UtcTicks);
                command.Parameters.AddWithValue("$expires", ttl == Timeout.InfiniteTimeSpan ? long.MaxValue : (now + ttl).UtcTicks);
                command.ExecuteNonQuery();
                return id;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueRules.EnsureValidReceive(maxMessages, visibilityTimeout);
        return await database.WriteAsync<IReadOnlyList<QueueMessage>>(
            session =>
            {
                EnsureQueue(session, queue);
                var now = time.GetUtcNow();
                var visible = now + visibilityTimeout;
                var purge = session.Command("DELETE FROM messages WHERE queue = $queue AND expires <= $now");
                purge.Parameters.AddWithValue("$queue", queue);
                purge.Parameters.AddWithValue("$now", now.UtcTicks);
                purge.ExecuteNonQuery();

                var select = session.Command(SelectVisibleSql);
                select.Parameters.AddWithValue("$queue", queue);
                select.Parameters.AddWithValue("$now", now.UtcTicks);
                select.Parameters.AddWithValue("$max", maxMessages);
                var claimed = new List<(long Seq, QueueMessage Message)>();
                using (var reader = select.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var message = new QueueMessage(
                            reader.GetString(1),
                            NewPopReceipt(),
                            reader.GetString(2),
                            reader.GetInt64(4) + 1,
                            new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                            visible);
                        claimed.Add((reader.GetInt64(0), message));
                    }
                }

                foreach (var (seq, message) in claimed)
                {
                    var claim = session.Command(ClaimSql);
                    claim.Parameters.AddWithValue("$visible", visible.UtcTicks);
                    claim.Parameters.AddWithValue("$receipt", message.PopReceipt);
                    claim.Parameters.AddWithValue("$seq", seq);
                    claim.ExecuteNonQuery();
                }

                return claimed.ConvertAll(c => c.Message);
            },
            cancellationToken);
    }

    public async Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            session =>
            {
                EnsureQueue(session, queue);
                var command = session.Command(DeleteSql);
                command.Parameters.AddWithValue("$queue", queue);
                command.Parameters.AddWithValue("$id", messageId);
                command.Parameters.AddWithValue("$receipt", popReceipt);
                command.Parameters.AddWithValue("$now", time.GetUtcNow().UtcTicks);
                return command.ExecuteNonQuery() == 1 ? true : throw MessageNotFound();
            },
            cancellationToken);

    public async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueRules.EnsureValidUpdate(visibilityTimeout);
        return await database.WriteAsync(
            session =>
            {
                EnsureQueue(session, queue);
                var now = time.GetUtcNow();
                var receipt = NewPopReceipt();
                var command = session.Command(UpdateSql);
                command.Parameters.AddWithValue("$visible", (now + visibilityTimeout).UtcTicks);
                command.Parameters.AddWithValue("$new", receipt);
                command.Parameters.AddWithValue("$queue", queue);
                command.Parameters.AddWithValue("$id", messageId);
                command.Parameters.AddWithValue("$receipt", popReceipt);
                command.Parameters.AddWithValue("$now", now.UtcTicks);
                return command.ExecuteNonQuery() == 1 ? receipt : throw MessageNotFound();
            },
            cancellationToken);
    }

    private static StorageException MessageNotFound() =>
        new(StorageErrorKind.NotFound, "The message does not exist, has expired, or the pop receipt is stale.", 404, "MessageNotFound");

    private static string NewPopReceipt() => Convert.ToBase64String(Guid.NewGuid().ToByteArray());

    private void EnsureQueue(SqliteSession session, string queue) => knownQueues.Ensure(session, queue, queue);
}
