using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Tests.Support;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>
/// The whole app on a fresh store for one test class, with clients per role and shortcuts for the alert
/// routes. Tests share it, so each uses its own alert ids (<see cref="NewId"/>) and, where a list must be
/// its own, its own policy name.
/// </summary>
public sealed class AlertsApp : IDisposable
{
    public const string AnalystId = "ana@contoso.test";
    public const string InvestigatorId = "ivan@contoso.test";
    public const string AdminId = "ada@contoso.test";
    public const string AuditorId = "aud@contoso.test";

    public AlertsApp()
        : this(new ApiFactory())
    {
    }

    private AlertsApp(ApiFactory factory) => Factory = factory;

    /// <summary>The same shortcuts over another factory (e.g. the app on Azurite).</summary>
    public static AlertsApp On(ApiFactory factory) => new(factory);

    public ApiFactory Factory { get; }

    public static string NewId(string prefix = "a") => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public HttpClient Analyst() => Factory.ClientAs(AnalystId, Role.Analyst);

    public HttpClient Investigator() => Factory.ClientAs(InvestigatorId, Role.Investigator);

    public HttpClient Admin() => Factory.ClientAs(AdminId, Role.Admin);

    public ICaseCommands Cases => Factory.Get<ICaseCommands>();

    public UserPseudonym Pseudonym(string rawUserId) => Factory.Get<IUserDirectory>().Pseudonymize(rawUserId);

    public Task<AlertTriageState?> RowAsync(string alertId) => Factory.Get<AlertRowStore>().GetAsync(new AlertId(alertId));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(new Uri(path, UriKind.Relative), Json(body.ToJsonString()));
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>Posts a delivery as the Analyst app role and expects 202.</summary>
    public async Task<JsonElement> IngestAsync(JsonNode body)
    {
        using var client = Analyst();
        using var response = await PostAsync(client, "/api/alerts", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>The host's call of <c>IngestAlerts</c>: the Service Bus body under binding <c>message</c>.</summary>
    public async Task<HttpResponseMessage> InvokeIngestAsync(JsonNode? body, string messageId, int deliveryCount = 1)
    {
        using var client = Factory.CreateClient();
        var metadata = new JsonObject
        {
            ["MessageId"] = messageId,
            ["DeliveryCount"] = deliveryCount,
            ["EnqueuedTimeUtc"] = "2026-11-22T09:59:58Z",
            ["sys"] = new JsonObject { ["MethodName"] = "IngestAlerts" },
        };
        return await client.PostAsync(new Uri("/IngestAlerts", UriKind.Relative), Invocation("message", body?.DeepClone(), metadata));
    }

    public async Task<JsonElement> AlertAsync(string alertId)
    {
        using var client = Analyst();
        return await GetJsonAsync(client, $"/api/alerts/{alertId}");
    }

    public async Task<CaseState> CaseAsync(string caseId) =>
        await Cases.LoadAsync(new CaseId(caseId)) ?? throw new InvalidOperationException($"Case {caseId} does not exist.");

    public void Dispose() => Factory.Dispose();
}
