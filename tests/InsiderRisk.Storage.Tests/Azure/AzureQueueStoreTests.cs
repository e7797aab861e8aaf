using System.Text;
using System.Xml.Linq;
using Azure.Core;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Pipeline;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureQueueStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_sent_message_is_received_hidden_and_deleted()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);
        const string text = "{\"caseId\":\"c-1\",\"note\":\"ünïcødé & <xml>\"}";

        var id = await store.SendAsync(queue, text);
        var received = Assert.Single(await store.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30)));
        var whileHidden = await store.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30));
        await store.DeleteAsync(queue, received.MessageId, received.PopReceipt);

        Assert.Equal(id, received.MessageId);
        Assert.Equal(text, received.Text);
        Assert.Equal(1, received.DequeueCount);
        Assert.True(received.NextVisibleAt > received.InsertedAt);
        Assert.Empty(whileHidden);
        Assert.Empty(await store.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task The_text_is_base64_on_the_wire_as_the_Functions_trigger_expects()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);
        const string text = "hello, queue ✓";
        await store.SendAsync(queue, text);

        // A raw, signed peek: what any other reader (the Functions host) sees.
        var pipeline = StoragePipeline.Build(Connection(azurite.Server), FastRetries(), StorageService.Queue);
        using var request = pipeline.CreateRequest();
        request.Method = RequestMethod.Get;
        request.Uri.Reset(new Uri($"{azurite.Server.QueueEndpoint}/{queue}/messages?peekonly=true"));
        request.Headers.SetValue("x-ms-version", "2021-12-02");
        using var response = await pipeline.SendRequestAsync(request, CancellationToken.None);

        Assert.Equal(200, response.Status);
        var wire = XDocument.Parse(response.Content.ToString()).Descendants("MessageText").Single().Value;
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), wire);
    }

    [Fact]
    public async Task A_visibility_delay_hides_a_message_until_it_is_due()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);

        await store.SendAsync(queue, "later", visibilityDelay: TimeSpan.FromSeconds(2));
        var early = await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var due = await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30));

        Assert.Empty(early);
        Assert.Equal("later", Assert.Single(due).Text);
    }

    [Fact]
    public async Task Updating_visibility_returns_a_new_receipt_and_makes_the_old_one_stale()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);
        await store.SendAsync(queue, "work");
        var first = Assert.Single(await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(60)));

        var receipt = await store.UpdateVisibilityAsync(queue, first.MessageId, first.PopReceipt, TimeSpan.Zero);
        var stale = await Assert.ThrowsAsync<StorageException>(() => store.DeleteAsync(queue, first.MessageId, first.PopReceipt));
        var again = Assert.Single(await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(60)));
        var staleUpdate = await Assert.ThrowsAsync<StorageException>(() => store.UpdateVisibilityAsync(queue, first.MessageId, receipt, TimeSpan.Zero));
        await store.DeleteAsync(queue, again.MessageId, again.PopReceipt);

        Assert.NotEqual(first.PopReceipt, receipt);
        Assert.Equal(StorageErrorKind.NotFound, stale.Kind);
        Assert.Equal(StorageErrorKind.NotFound, staleUpdate.Kind);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.Empty(await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_receive_takes_at_most_the_requested_number()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);
        for (var i = 0; i < 5; i++)
        {
            await store.SendAsync(queue, $"m{i}");
        }

        var three = await store.ReceiveAsync(queue, 3, TimeSpan.FromSeconds(30));
        var rest = await store.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(3, three.Count);
        Assert.Equal(2, rest.Count);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], three.Concat(rest).Select(m => m.Text).Order());
    }

    [Fact]
    public async Task Creating_an_existing_queue_is_fine_and_a_missing_queue_is_NotFound()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);

        await store.CreateQueueIfNotExistsAsync(queue);
        var missing = await Assert.ThrowsAsync<StorageException>(() => store.SendAsync(QueueName(), "x"));

        Assert.Equal(StorageErrorKind.NotFound, missing.Kind);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("under_score")]
    public async Task Invalid_queue_names_and_arguments_are_refused_before_sending(string name)
    {
        var handler = new RecordingHandler(_ => throw new InvalidOperationException("nothing may be sent"));
        var store = new AzureQueueStore(Connection(azurite.Server), Through(handler));

        Assert.Equal(StorageErrorKind.InvalidInput, (await Assert.ThrowsAsync<StorageException>(() => store.CreateQueueIfNotExistsAsync(name))).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, (await Assert.ThrowsAsync<StorageException>(() => store.ReceiveAsync("fine", 33, TimeSpan.FromSeconds(1)))).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, (await Assert.ThrowsAsync<StorageException>(() => store.SendAsync("fine", new string('x', AzureQueueStore.MaxTextBytes + 1)))).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, (await Assert.ThrowsAsync<StorageException>(() => store.SendAsync("fine", "x", TimeSpan.FromDays(8)))).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, (await Assert.ThrowsAsync<StorageException>(() => store.SendAsync("fine", "x", TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)))).Kind);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_largest_allowed_message_goes_through()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);
        var text = new string('é', AzureQueueStore.MaxTextBytes / 2);

        await store.SendAsync(queue, text, timeToLive: TimeSpan.FromMinutes(5));
        var received = Assert.Single(await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(text, received.Text);
    }

    [Fact]
    public async Task A_message_may_live_forever()
    {
        var (store, queue) = await NewQueueAsync(azurite.Server);

        await store.SendAsync(queue, "forever", timeToLive: Timeout.InfiniteTimeSpan);
        var received = Assert.Single(await store.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Equal("forever", received.Text);
    }
}
