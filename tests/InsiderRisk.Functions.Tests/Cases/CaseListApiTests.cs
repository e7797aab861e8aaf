using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>Each test has the queue to itself (its own app and data directory).</summary>
public sealed class CaseListApiTests
{
    private static readonly DateTimeOffset May = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_queue_lists_active_cases_newest_first_then_closed_with_the_list_fields()
    {
        using var api = new ApiWithCases();
        var older = await api.OpenCaseAsync("Older", May);
        var newer = await api.OpenCaseAsync("Newer", May.AddDays(1));
        var closed = await api.OpenCaseAsync("Closed one", May.AddDays(2));
        await api.RunAsync(new CaseCommand.Resolve(CaseClassification.Benign, "Nothing found.") { CaseId = closed.CaseId, At = May.AddDays(3), By = InvestigatorId });
        using var client = api.Analyst();

        var page = await client.GetJsonAsync("/api/cases");

        var items = page.GetProperty("items");
        Assert.Equal(["Newer", "Older", "Closed one"], items.Names("name"));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("continuationToken").ValueKind);
        var first = items[0];
        Assert.Equal(newer.CaseId.Value, first.GetProperty("caseId").GetString());
        Assert.Equal("Active", first.GetProperty("status").GetString());
        Assert.Equal(api.User().Value, first.GetProperty("user").GetString());
        Assert.Equal(May.AddDays(1), first.GetProperty("openedAt").GetDateTimeOffset());
        Assert.Equal(1, first.GetProperty("totalPolicyAlerts").GetInt32());
        Assert.Equal(AnalystId, first.GetProperty("lastUpdatedBy").GetString());
        Assert.False(first.GetProperty("overdue").GetBoolean());
        var last = items[2];
        Assert.Equal("Closed", last.GetProperty("status").GetString());
        Assert.Equal(InvestigatorId, last.GetProperty("lastUpdatedBy").GetString());
        Assert.Equal(May.AddDays(3), last.GetProperty("lastUpdatedAt").GetDateTimeOffset());
        Assert.DoesNotContain(InvestigatedUser, page.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(older.CaseId, newer.CaseId);
    }

    [Fact]
    public async Task Filters_by_status_opened_between_and_updated_between()
    {
        using var api = new ApiWithCases();
        await api.OpenCaseAsync("April", May.AddDays(-20));
        var early = await api.OpenCaseAsync("Early May", May);
        await api.OpenCaseAsync("Mid May", May.AddDays(14));
        await api.RunAsync(Note(early.CaseId, "Touched in June", May.AddDays(40)));
        var closed = await api.OpenCaseAsync("Late May", May.AddDays(25));
        await api.RunAsync(new CaseCommand.Resolve(CaseClassification.ConfirmedPolicyViolation, "Access revoked.") { CaseId = closed.CaseId, At = May.AddDays(26), By = AnalystId });
        using var client = api.Analyst();

        async Task<string[]> NamesAsync(string query) =>
            [.. (await client.GetJsonAsync("/api/cases?" + query)).GetProperty("items").Names("name")];

        Assert.Equal(["Late May"], await NamesAsync("status=Closed"));
        Assert.Equal(["Mid May", "Early May", "April"], await NamesAsync("status=active"));
        Assert.Equal(["Mid May", "Early May", "Late May"], await NamesAsync("openedFrom=2026-05-01T09:00:00Z"));
        Assert.Equal(["Early May", "April"], await NamesAsync("openedTo=2026-05-15T09:00:00Z"));
        Assert.Equal(["Mid May", "Early May"], await NamesAsync("openedFrom=2026-05-01T09:00:00Z&openedTo=2026-05-20T00:00:00Z&status=Active"));
        Assert.Equal(["Early May"], await NamesAsync("updatedFrom=2026-06-01T00:00:00Z"));
        Assert.Equal(["Mid May", "April", "Late May"], await NamesAsync("updatedTo=2026-06-01T00:00:00Z"));
    }

    [Fact]
    public async Task Text_search_is_a_case_insensitive_substring_of_the_name()
    {
        using var api = new ApiWithCases();
        await api.OpenCaseAsync("USB exfiltration by contractor", May);
        await api.OpenCaseAsync("Mass download", May.AddDays(1));
        await api.OpenCaseAsync("Printing of usb manuals", May.AddDays(2));
        using var client = api.Analyst();

        var found = await client.GetJsonAsync("/api/cases?q=uSb");
        var none = await client.GetJsonAsync("/api/cases?q=nothing-like-it");

        Assert.Equal(["Printing of usb manuals", "USB exfiltration by contractor"], found.GetProperty("items").Names("name"));
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Pages_follow_the_continuation_token_to_the_end_without_repeats()
    {
        using var api = new ApiWithCases();
        for (var i = 0; i < 7; i++)
        {
            await api.OpenCaseAsync($"Case {i}", May.AddHours(i));
        }

        var closed = await api.OpenCaseAsync("Case closed", May.AddHours(-1));
        await api.RunAsync(new CaseCommand.Resolve(CaseClassification.Benign, "Done.") { CaseId = closed.CaseId, At = May.AddDays(1), By = AnalystId });
        using var client = api.Analyst();

        var names = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var query = "/api/cases?pageSize=3" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await client.GetJsonAsync(query);
            var items = page.GetProperty("items");
            Assert.InRange(items.GetArrayLength(), 1, 3);
            names.AddRange(items.Names("name"));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal([.. Enumerable.Range(0, 7).Reverse().Select(i => $"Case {i}"), "Case closed"], names);
    }

    [Fact]
    public async Task Paging_and_text_search_work_together()
    {
        using var api = new ApiWithCases();
        for (var i = 0; i < 5; i++)
        {
            await api.OpenCaseAsync(i % 2 == 0 ? $"Leak {i}" : $"Other {i}", May.AddHours(i));
        }

        using var client = api.Analyst();
        var first = await client.GetJsonAsync("/api/cases?q=LEAK&pageSize=2");
        var token = first.GetProperty("continuationToken").GetString()!;
        var second = await client.GetJsonAsync("/api/cases?q=LEAK&pageSize=2&continuationToken=" + Uri.EscapeDataString(token));

        Assert.Equal(["Leak 4", "Leak 2"], first.GetProperty("items").Names("name"));
        Assert.Equal(["Leak 0"], second.GetProperty("items").Names("name"));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("continuationToken").ValueKind);
    }
}
