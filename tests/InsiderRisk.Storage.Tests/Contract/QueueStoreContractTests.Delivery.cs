using System.Collections.Concurrent;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class QueueStoreContractTests
{
    [Fact]
    public async Task Updating_visibility_hides_the_message_longer_and_replaces_the_receipt()
    {
        await Store.SendAsync(Queue, "slow work");
        var message = Assert.Single(await Store.ReceiveAsync(Queue, 1, Visibility));

        var receipt = await Store.UpdateVisibilityAsync(Queue, message.MessageId, message.PopReceipt, LongVisibility);
        await LetTimePassAsync(PastVisibility);

        Assert.NotEqual(message.PopReceipt, receipt);
        Assert.Empty(await Store.ReceiveAsync(Queue, 32, Visibility));
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.DeleteAsync(Queue, message.MessageId, message.PopReceipt));
        await Store.DeleteAsync(Queue, message.MessageId, receipt);
    }

    [Fact]
    public async Task Updating_visibility_to_zero_releases_the_message_now()
    {
        await Store.SendAsync(Queue, "give back");
        var message = Assert.Single(await Store.ReceiveAsync(Queue, 1, LongVisibility));

        await Store.UpdateVisibilityAsync(Queue, message.MessageId, message.PopReceipt, TimeSpan.Zero);

        var again = Assert.Single(await Store.ReceiveAsync(Queue, 1, LongVisibility));
        Assert.Equal(message.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task A_receive_takes_at_most_the_asked_number_and_the_rest_remain()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.SendAsync(Queue, $"m{i}");
        }

        var first = await Store.ReceiveAsync(Queue, 3, LongVisibility);
        var rest = await Store.ReceiveAsync(Queue, 32, LongVisibility);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, rest.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"m{i}"), first.Concat(rest).Select(m => m.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parallel_receivers_each_get_a_message_at_most_once()
    {
        const int count = 40;
        for (var i = 0; i < count; i++)
        {
            await Store.SendAsync(Queue, $"m{i}");
        }

        var delivered = new ConcurrentBag<string>();
        var receivers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var batch = await Store.ReceiveAsync(Queue, 4, LongVisibility);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var message in batch)
                {
                    delivered.Add(message.Text);
                }
            }
        }));
        await Task.WhenAll(receivers);

        Assert.Equal(count, delivered.Count);
        Assert.Equal(count, delivered.Distinct().Count());
    }

    [Fact]
    public async Task A_message_past_its_time_to_live_is_gone()
    {
        var message = "short-lived";
        await Store.SendAsync(Queue, message, timeToLive: Visibility);
        await Store.SendAsync(Queue, "long-lived");

        await LetTimePassAsync(PastVisibility);

        Assert.Equal("long-lived", Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility)).Text);
    }

    [Fact]
    public async Task A_message_tried_more_than_the_maximum_moves_to_the_poison_queue()
    {
        await Store.SendAsync(Queue, "always fails");
        await Store.SendAsync(Queue, "fine");
        var fine = Assert.Single(await Store.ReceiveAsync(Queue, 32, Visibility), m => m.Text == "fine");
        await Store.DeleteAsync(Queue, fine.MessageId, fine.PopReceipt);
        await LetTimePassAsync(PastVisibility);

        var second = await Store.ReceiveOrPoisonAsync(Queue, 32, Visibility, maxDequeueCount: 2);
        await LetTimePassAsync(PastVisibility);
        var third = await Store.ReceiveOrPoisonAsync(Queue, 32, Visibility, maxDequeueCount: 2);
        await LetTimePassAsync(PastVisibility);

        Assert.Equal(2, Assert.Single(second).DequeueCount);
        Assert.Empty(third);
        Assert.Empty(await Store.ReceiveAsync(Queue, 32, Visibility));
        var poisoned = Assert.Single(await Store.ReceiveAsync(PoisonQueueExtensions.PoisonQueueName(Queue), 32, Visibility));
        Assert.Equal("always fails", poisoned.Text);
    }
}
