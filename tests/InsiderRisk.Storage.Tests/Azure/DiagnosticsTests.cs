using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using Azure.Core.Diagnostics;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>Azure.Core's request logging is on, but what it logs holds no key, signature or filter value.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Logged_requests_hold_no_signature_and_no_filter_values()
    {
        var logged = new ConcurrentQueue<string>();
        using var listener = new AzureEventSourceListener((_, message) => logged.Enqueue(message), EventLevel.Verbose);
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.OK, "{\"value\":[]}"));
        var store = new AzureTableStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Through(handler));

        await store.QueryPageAsync("Cases", new TableQuery { PartitionKey = "pseudonym-7f3a", Filter = TableFilter.Eq("Owner", "alice@contoso.example") });

        var signature = handler.Requests.Single().Header("Authorization")!.Split(':')[1];
        var ours = logged.Where(m => m.Contains("/devstoreaccount1/Cases()", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        Assert.All(logged, m =>
        {
            Assert.DoesNotContain(signature, m, StringComparison.Ordinal);
            Assert.DoesNotContain("alice", m, StringComparison.Ordinal);
            Assert.DoesNotContain("pseudonym-7f3a", m, StringComparison.Ordinal);
        });
    }
}
