using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tests.Contract;
using static InsiderRisk.Storage.Tests.Contract.Builders;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>Queue behaviour that needs long stretches of time, which only a movable clock can test quickly.</summary>
public sealed class SqliteQueueStoreTests : IDisposable
{
    private const string Queue = "work";
    private readonly SqliteDatabase database = Builders.InMemory();
    private readonly ManualTimeProvider time = new();
    private readonly SqliteQueueStore store;

    public SqliteQueueStoreTests()
    {
        store = new SqliteQueueStore(database, time);
        store.CreateQueueIfNotExistsAsync(Queue).GetAwaiter().GetResult();
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Without_a_time_to_live_a_message_lasts_seven_days_and_an_infinite_one_forever()
    {
        await store.SendAsync(Queue, "default");
        await store.SendAsync(Queue, "forever", timeToLive: Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        Assert.Equal(2, (await store.ReceiveAsync(Queue, 32, TimeSpan.FromSeconds(1))).Count);
        time.Advance(TimeSpan.FromDays(400));

        Assert.Equal("forever", Assert.Single(await store.ReceiveAsync(Queue, 32, TimeSpan.FromSeconds(1))).Text);
    }

    [Fact]
    public async Task A_timer_seven_days_out_fires_then_and_not_before()
    {
        await store.SendAsync(Queue, "review due", visibilityDelay: QueueRules.MaxVisibility, timeToLive: Timeout.InfiniteTimeSpan);

        time.Advance(QueueRules.MaxVisibility - TimeSpan.FromSeconds(1));
        Assert.Empty(await store.ReceiveAsync(Queue, 1, TimeSpan.FromSeconds(30)));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Single(await store.ReceiveAsync(Queue, 1, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_expired_message_can_no_longer_be_deleted_or_extended()
    {
        await store.SendAsync(Queue, "brief", timeToLive: TimeSpan.FromMinutes(1));
        var message = Assert.Single(await store.ReceiveAsync(Queue, 1, TimeSpan.FromMinutes(5)));

        time.Advance(TimeSpan.FromMinutes(2));

        await ThrowsStorage(StorageErrorKind.NotFound, () => store.UpdateVisibilityAsync(Queue, message.MessageId, message.PopReceipt, TimeSpan.Zero));
        await ThrowsStorage(StorageErrorKind.NotFound, () => store.DeleteAsync(Queue, message.MessageId, message.PopReceipt));
    }

    [Fact]
    public async Task Out_of_range_arguments_are_refused()
    {
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.SendAsync(Queue, "x", visibilityDelay: TimeSpan.FromDays(8)));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.SendAsync(Queue, "x", visibilityDelay: TimeSpan.FromMinutes(2), timeToLive: TimeSpan.FromMinutes(1)));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.ReceiveAsync(Queue, 0, TimeSpan.FromSeconds(30)));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.ReceiveAsync(Queue, 33, TimeSpan.FromSeconds(30)));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.ReceiveAsync(Queue, 1, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_poison_queue_keeps_the_message_without_expiry_and_the_default_allows_five_tries()
    {
        await store.SendAsync(Queue, "bad");
        for (var attempt = 1; attempt <= PoisonQueueExtensions.DefaultMaxDequeueCount; attempt++)
        {
            Assert.Equal(attempt, Assert.Single(await store.ReceiveOrPoisonAsync(Queue, 1, TimeSpan.FromSeconds(10))).DequeueCount);
            time.Advance(TimeSpan.FromSeconds(11));
        }

        Assert.Empty(await store.ReceiveOrPoisonAsync(Queue, 1, TimeSpan.FromSeconds(10)));
        time.Advance(TimeSpan.FromDays(30));

        Assert.Equal("bad", Assert.Single(await store.ReceiveAsync(PoisonQueueExtensions.PoisonQueueName(Queue), 1, TimeSpan.FromSeconds(10))).Text);
    }
}
