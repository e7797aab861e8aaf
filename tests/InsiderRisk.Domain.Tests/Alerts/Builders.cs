using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Tests.Alerts;

internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static AlertInput Alert(string alertId = "alert-0001") => new()
    {
        AlertId = alertId,
        UserId = "alex.wilber@contoso.com",
        Policy = "Data theft by departing users",
        RiskScore = 75,
        DetectedAt = "2025-06-01T11:00:00Z",
        Title = "Unusual volume of file downloads",
        Activities = [Activity()],
        ContentItems = [Content()],
        SignInId = "signin-42",
    };

    public static AlertActivityInput Activity() => new()
    {
        Type = "FileDownloaded",
        Time = "2025-06-01T10:30:00Z",
        RiskScore = 60,
        Detail = "Downloaded 120 files from the Finance site",
    };

    public static ContentItemInput Content() => new()
    {
        Id = "doc-77",
        Kind = "File",
        Name = "Q3 forecast.xlsx",
        Source = "SharePoint",
        Location = "https://contoso.sharepoint.com/sites/finance/Q3%20forecast.xlsx",
        Sensitivity = "Confidential",
    };

    public static AlertInput WithActivities(int count) =>
        Alert() with { Activities = [.. Enumerable.Range(0, count).Select(_ => Activity())] };

    public static AlertInput WithContentItems(int count) =>
        Alert() with { ContentItems = [.. Enumerable.Range(0, count).Select(_ => Content())] };

    public static TriageTarget Target(string alertId, string userId = "alex@contoso.com", AlertStatus status = AlertStatus.NeedsReview) =>
        new(new AlertId(alertId), userId, status);

    public static T ValueOf<T>(Validation<T> validation) => validation switch
    {
        Validation<T>.Valid valid => valid.Value,
        Validation<T>.Invalid invalid => throw new Xunit.Sdk.XunitException(
            "Expected valid, got: " + string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))),
        _ => throw new InvalidOperationException("Unknown validation outcome."),
    };

    public static IReadOnlyDictionary<string, string[]> ErrorsOf<T>(Validation<T> validation) => validation switch
    {
        Validation<T>.Invalid invalid => invalid.Errors,
        _ => throw new Xunit.Sdk.XunitException("Expected invalid, got a valid value."),
    };
}
