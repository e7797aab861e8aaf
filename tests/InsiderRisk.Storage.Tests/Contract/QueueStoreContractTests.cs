using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IQueueStore"/> must do. Time-dependent tests wait through
/// <see cref="LetTimePassAsync"/>: real seconds on a real server, a moved clock where the store's
/// clock can be moved. Each test gets its own queue, so tests may share a server.
/// </summary>
public abstract partial class QueueStoreContractTests : IAsyncLifetime
{
    /// <summary>Short enough to wait through on a real server; the service counts whole seconds.</summary>
    protected static readonly TimeSpan Visibility = TimeSpan.FromSeconds(2);

    protected static readonly TimeSpan PastVisibility = TimeSpan.FromSeconds(3.5);

    protected static readonly TimeSpan LongVisibility = TimeSpan.FromMinutes(5);

    protected IQueueStore Store { get; private set; } = null!;

    protected string Queue { get; } = Builders.QueueName();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.CreateQueueIfNotExistsAsync(Queue);
    }

    public Task DisposeAsync() => DisposeStoreAsync();

    protected abstract Task<IQueueStore> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    /// <summary>Waits <paramref name="span"/> of the store's time.</summary>
    protected virtual Task LetTimePassAsync(TimeSpan span) => Task.Delay(span);

    /// <summary>
    /// Whether the store refuses another message's pop receipt. Azure does (400 PopReceiptMismatch,
    /// mapped to NotFound); Azurite 3.37 accepts it, so its subclass turns this check off.
    /// </summary>
    protected virtual bool ChecksReceiptOwnership => true;

    [Fact]
    public async Task A_sent_message_is_received_once_with_its_text_and_then_deleted()
    {
        const string text = "{\"effect\":\"<notice & 'reminder'>\",\"who\":\"Grüße 😀\"}";
        var id = await Store.SendAsync(Queue, text);

        var message = Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility));
        await Store.DeleteAsync(Queue, message.MessageId, message.PopReceipt);
        await LetTimePassAsync(PastVisibility);

        Assert.Equal(id, message.MessageId);
        Assert.Equal(text, message.Text);
        Assert.Equal(1, message.DequeueCount);
        Assert.False(string.IsNullOrEmpty(message.PopReceipt));
        Assert.True(message.NextVisibleAt > message.InsertedAt);
        Assert.Empty(await Store.ReceiveAsync(Queue, 32, Visibility));
    }

    [Fact]
    public async Task A_message_sent_with_a_visibility_delay_stays_hidden_until_then()
    {
        await Store.SendAsync(Queue, "timer", visibilityDelay: Visibility);

        var early = await Store.ReceiveAsync(Queue, 32, Visibility);
        await LetTimePassAsync(PastVisibility);
        var due = await Store.ReceiveAsync(Queue, 32, Visibility);

        Assert.Empty(early);
        Assert.Equal("timer", Assert.Single(due).Text);
    }

    [Fact]
    public async Task A_received_message_is_hidden_then_redelivered_with_a_higher_count_and_new_receipt()
    {
        await Store.SendAsync(Queue, "work");

        var first = Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility));
        var whileHidden = await Store.ReceiveAsync(Queue, 32, Visibility);
        await LetTimePassAsync(PastVisibility);
        var second = Assert.Single(await Store.ReceiveAsync(Queue, 32, LongVisibility));

        Assert.Empty(whileHidden);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
        Assert.NotEqual(first.PopReceipt, second.PopReceipt);
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.DeleteAsync(Queue, first.MessageId, first.PopReceipt));
        await Store.DeleteAsync(Queue, second.MessageId, second.PopReceipt);
    }

    [Fact]
    public async Task Deleting_twice_or_with_another_messages_receipt_is_NotFound()
    {
        await Store.SendAsync(Queue, "once");
        await Store.SendAsync(Queue, "other");
        var received = await Store.ReceiveAsync(Queue, 2, LongVisibility);
        var message = Assert.Single(received, m => m.Text == "once");
        var other = Assert.Single(received, m => m.Text == "other");

        if (ChecksReceiptOwnership)
        {
            await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.DeleteAsync(Queue, message.MessageId, other.PopReceipt));
        }

        await Store.DeleteAsync(Queue, message.MessageId, message.PopReceipt);
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.DeleteAsync(Queue, message.MessageId, message.PopReceipt));
    }

    [Fact]
    public async Task Creating_an_existing_queue_again_keeps_its_messages()
    {
        await Store.SendAsync(Queue, "kept");

        await Store.CreateQueueIfNotExistsAsync(Queue);

        Assert.Equal("kept", Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility)).Text);
    }

    [Fact]
    public async Task A_queue_never_created_is_NotFound()
    {
        var missing = Builders.QueueName();

        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.SendAsync(missing, "x"));
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.ReceiveAsync(missing, 1, Visibility));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("ab")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("under_score")]
    public async Task An_invalid_queue_name_is_rejected(string name)
    {
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.CreateQueueIfNotExistsAsync(name));
    }

    [Fact]
    public async Task Text_beyond_48_KiB_is_rejected_and_large_text_within_it_round_trips()
    {
        var large = new string('x', 40 * 1024) + "é";

        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.SendAsync(Queue, new string('x', QueueRules.MaxTextBytes + 1)));
        await Store.SendAsync(Queue, large);

        Assert.Equal(large, Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility)).Text);
    }
}
