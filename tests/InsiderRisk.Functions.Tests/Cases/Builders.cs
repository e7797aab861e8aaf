using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>Cases, commands and requests for the case routes' tests.</summary>
public static class CaseBuilders
{
    public const string AnalystId = "ana@contoso.test";
    public const string InvestigatorId = "ivan@contoso.test";
    public const string ContributorId = "cora@contoso.test";
    public const string OutsiderId = "otto@contoso.test";
    public const string InvestigatedUser = "alex.user@contoso.test";

    private static int _next;

    /// <summary>A case id no other test uses.</summary>
    public static CaseId NewCaseId(string prefix = "case") => new($"{prefix}-{Interlocked.Increment(ref _next):D4}-{Guid.NewGuid():N}"[..32]);

    public static AlertSummary Alert(string alertId, Severity severity = Severity.High, string policy = "Data leaks", DateTimeOffset? detectedAt = null) =>
        new(new AlertId(alertId), policy, severity, detectedAt ?? new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    public static CaseCommand.OpenCase Open(
        CaseId caseId,
        UserPseudonym user,
        string name = "Exfiltration review",
        DateTimeOffset? at = null,
        string by = AnalystId,
        params AlertSummary[] alerts) =>
        new(name, user, alerts.Length == 0 ? [Alert($"{caseId.Value}-a1")] : [.. alerts])
        {
            CaseId = caseId,
            At = at ?? DateTimeOffset.UtcNow,
            By = by,
        };

    public static CaseCommand.AddNote Note(CaseId caseId, string text, DateTimeOffset at, string by = AnalystId) =>
        new(text) { CaseId = caseId, At = at, By = by };

    public static CaseCommand.RecordEffectSucceeded Succeeded(CaseId caseId, EffectId effectId, EffectResult result, DateTimeOffset at) =>
        new(effectId, result) { CaseId = caseId, At = at, By = CaseNote.SystemAuthor };

    public static JsonContent Body(object value) => JsonContent.Create(value);

    public static Uri Path(string path) => new(path, UriKind.Relative);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetAsync(Path(path));
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetPathAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static HttpRequestMessage Post(string path, object? body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path(path)) { Content = body is null ? null : Body(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Builders.ReadJsonAsync(response);
    }

    public static string[] Names(this JsonElement items, string property) =>
        [.. items.EnumerateArray().Select(item => item.GetProperty(property).GetString() ?? string.Empty)];
}
