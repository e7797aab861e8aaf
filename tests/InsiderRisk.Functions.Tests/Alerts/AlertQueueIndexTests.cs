using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Storage;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>The triage index: rows per status, the backlog counter kept exact, filters as key ranges.</summary>
public sealed class AlertQueueIndexTests
{
    [Fact]
    public async Task Syncing_the_same_new_alerts_twice_counts_them_once()
    {
        var (database, tables) = await TablesAsync();
        using var _ = database;
        var index = new AlertQueueIndex(tables);
        var entries = new[] { Entry("a1"), Entry("a2", severity: Severity.Low), Entry("a3", severity: Severity.Medium) };

        await index.SyncAsync(entries);
        await index.SyncAsync(entries);

        Assert.Equal(new(1, 1, 1), await index.NeedsReviewCountsAsync());
        var page = await index.PageAsync(new AlertQueueFilter(Status: AlertStatus.NeedsReview), 10);
        Assert.Equal(3, page.Items.Count);
    }

    [Fact]
    public async Task Moving_alerts_out_of_review_takes_them_off_the_backlog_once_and_lists_them_under_their_new_status()
    {
        var (database, tables) = await TablesAsync();
        using var _ = database;
        var index = new AlertQueueIndex(tables);
        await index.SyncAsync([Entry("a1"), Entry("a2"), Entry("a3")]);
        var moved = new[] { Entry("a1", AlertStatus.Confirmed), Entry("a2", AlertStatus.Dismissed) };

        await index.SyncAsync(moved);
        await index.SyncAsync(moved);
        await index.SyncAsync([Entry("a1", AlertStatus.Resolved)]);

        Assert.Equal(new(1, 0, 0), await index.NeedsReviewCountsAsync());
        Assert.Equal(["a3"], await IdsAsync(index, new AlertQueueFilter(Status: AlertStatus.NeedsReview)));
        Assert.Empty(await IdsAsync(index, new AlertQueueFilter(Status: AlertStatus.Confirmed)));
        Assert.Equal(["a2"], await IdsAsync(index, new AlertQueueFilter(Status: AlertStatus.Dismissed)));
        Assert.Equal(["a1"], await IdsAsync(index, new AlertQueueFilter(Status: AlertStatus.Resolved)));
        Assert.Equal(3, (await IdsAsync(index, new AlertQueueFilter())).Count);
    }

    [Fact]
    public async Task Concurrent_writers_keep_the_counter_equal_to_the_rows()
    {
        var (database, tables) = await TablesAsync();
        using var _ = database;
        var index = new AlertQueueIndex(tables);
        var entries = Enumerable.Range(0, 40).Select(i => Entry($"c{i}", severity: (Severity)(i % 3))).ToList();

        await Task.WhenAll(entries.Chunk(4).Select(chunk => index.SyncAsync(chunk)));
        await Task.WhenAll(entries.Take(10).Select(entry => index.SyncAsync([entry with { Status = AlertStatus.Dismissed }])));

        var counts = await index.NeedsReviewCountsAsync();
        Assert.Equal(30, counts.Total);
        Assert.Equal(30, (await IdsAsync(index, new AlertQueueFilter(Status: AlertStatus.NeedsReview))).Count);
    }

    [Fact]
    public async Task Filters_read_newest_first_within_the_window_and_pages_resume_after_the_last_row()
    {
        var (database, tables) = await TablesAsync();
        using var _ = database;
        var index = new AlertQueueIndex(tables);
        await index.SyncAsync([
            Entry("old", minutes: 0),
            Entry("mid", minutes: 10, severity: Severity.Low, policy: "USB copies"),
            Entry("new", minutes: 20, title: "Mail forwarded outside"),
            Entry("newest", minutes: 30),
        ]);

        Assert.Equal(["newest", "new", "mid", "old"], await IdsAsync(index, new AlertQueueFilter()));
        Assert.Equal(["new", "mid"], await IdsAsync(index, new AlertQueueFilter(From: BaseTime.AddMinutes(10), To: BaseTime.AddMinutes(30))));
        Assert.Equal(["mid"], await IdsAsync(index, new AlertQueueFilter(Severity: Severity.Low)));
        Assert.Equal(["mid"], await IdsAsync(index, new AlertQueueFilter(Policy: "usb COPIES")));
        Assert.Equal(["new"], await IdsAsync(index, new AlertQueueFilter(Q: "OUTSIDE")));
        Assert.Equal(["mid"], await IdsAsync(index, new AlertQueueFilter(Q: "copies")));

        var first = await index.PageAsync(new AlertQueueFilter(), 3);
        Assert.Equal(["newest", "new", "mid"], first.Items.Select(e => e.AlertId.Value));
        var second = await index.PageAsync(new AlertQueueFilter(After: first.After), 3);
        Assert.Equal(["old"], second.Items.Select(e => e.AlertId.Value));
        Assert.Null(second.After);
    }

    private static async Task<List<string>> IdsAsync(AlertQueueIndex index, AlertQueueFilter filter)
    {
        var ids = new List<string>();
        var after = filter.After;
        do
        {
            var page = await index.PageAsync(filter with { After = after }, 2);
            ids.AddRange(page.Items.Select(entry => entry.AlertId.Value));
            after = page.After;
        }
        while (after is not null);

        return ids;
    }
}
