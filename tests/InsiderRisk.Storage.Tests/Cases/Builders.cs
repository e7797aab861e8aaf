using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Storage.Tests.Cases;

public static class Builders
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static string CaseId() => "case-" + Guid.NewGuid().ToString("N")[..12];

    public static NewEvent Event(string type, string data = "{}", string by = "analyst@contoso") => new(type, data, Start, by);

    public static IReadOnlyList<NewEvent> Events(params string[] types) => types.Select(t => Event(t)).ToList();

    public static OutboxEntry Effect(string caseId, string effectId, DateTimeOffset? dueAt = null, string kind = "SendNotice", string payload = "{\"to\":\"u\"}") =>
        new(caseId, effectId, kind, payload, dueAt);

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
