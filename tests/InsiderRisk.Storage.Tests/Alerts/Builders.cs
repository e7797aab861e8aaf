using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Storage.Tests.Alerts;

public static class Builders
{
    public static readonly DateTimeOffset Detected = new(2026, 3, 1, 8, 15, 30, 250, TimeSpan.Zero);

    public static StoredAlert Alert(string? alertId = null, string user = "User-7Q4K2M", string data = "{\"title\":\"Mass download\"}") => new(
        new AlertId(alertId ?? "alert-" + Guid.NewGuid().ToString("N")[..12]),
        new UserPseudonym(user),
        "Data leaks",
        Severity.High,
        AlertStatus.NeedsReview,
        Detected,
        87.5,
        data);

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
