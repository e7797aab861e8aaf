using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Queues;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>
/// The app on a fresh SQLite directory (<see cref="ApiFactory"/>) with a hand-moved clock; seeds alerts the way ingestion stores
/// them (alert store + <see cref="IRiskInputs"/>), and drives the risk queues as the host would.
/// </summary>
public sealed class RiskApp : IDisposable
{
    public const string Analyst = "analyst@contoso.test";
    public const string Admin = "admin@contoso.test";

    private static int s_nextAlert;

    public RiskApp(Action<IServiceCollection>? services = null, AzuriteServer? azurite = null)
    {
        void Configure(IServiceCollection collection)
        {
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        }

        Factory = azurite is null ? new ApiFactory(Configure) : ApiFactory.OnAzurite(azurite, services: Configure);
    }

    public ManualClock Clock { get; } = new(Builders.Now);

    public ApiFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public HttpClient As(string user, params Role[] roles) => Factory.ClientAs(user, roles);

    /// <summary><paramref name="count"/> raw user ids whose pseudonyms share one shard in this app (the key is random per app).</summary>
    public string[] UsersOfOneShard(string prefix, int count) =>
        [.. Enumerable.Range(0, count * RiskShards.Count * 2).Select(i => $"{prefix}-{i:D4}@contoso.test")
            .GroupBy(user => RiskShards.For(Pseudonym(user))).First(shard => shard.Count() >= count).Take(count)];

    public UserPseudonym Pseudonym(string rawUser) => Services.GetRequiredService<IUserDirectory>().Pseudonymize(rawUser);

    public async Task<AlertId> SeedAlertAsync(
        string rawUser, int riskScore, double daysAgo = 1, AlertStatus status = AlertStatus.NeedsReview, string? signInId = null, bool recordSignIn = true)
    {
        var user = await Services.GetRequiredService<IUserDirectory>().RememberAsync(new UserIdentity(rawUser, "Display " + rawUser, rawUser, "Finance", null, null));
        var alertId = new AlertId($"alert-{Interlocked.Increment(ref s_nextAlert):D6}");
        var data = new JsonObject { ["alertId"] = alertId.Value, ["userId"] = rawUser, ["riskScore"] = riskScore, ["signInId"] = signInId };
        var alert = new StoredAlert(alertId, user, "Data leaks", Severity.Medium, status, Clock.GetUtcNow().AddDays(-daysAgo), riskScore, data.ToJsonString());
        await Services.GetRequiredService<AlertStore>().InsertAsync(alert);
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRiskInputs>().MarkDirtyAsync(user, signInId is null || !recordSignIn ? null : new SignInId(signInId));
        return alertId;
    }

    /// <summary>What the case command path does after a resolve: every projection sees the CaseResolved event.</summary>
    public async Task ResolveCaseAsync(string rawUser, string caseId, CaseClassification classification, params AlertId[] alerts)
    {
        var state = CaseState.Initial with { Exists = true, CaseId = new CaseId(caseId), User = Pseudonym(rawUser), Status = CaseStatus.Closed };
        var resolved = new CaseEvent.CaseResolved(classification, "Reviewed", [.. alerts]) { At = Clock.GetUtcNow(), By = Analyst };
        using var scope = Services.CreateScope();
        foreach (var projection in scope.ServiceProvider.GetServices<ICaseProjection>().OfType<RiskCaseProjection>())
        {
            await projection.ProjectAsync(state, [resolved]);
        }
    }

    /// <summary>Delivers every <c>risk-feedback</c> message to <c>POST /ApplyRiskFeedback</c>, as the Functions host does.</summary>
    public async Task<int> DrainFeedbackQueueAsync()
    {
        var queues = Services.GetRequiredService<IQueueStore>();
        using var host = Factory.CreateClient();
        var delivered = 0;
        while ((await queues.ReceiveAsync(RiskTables.FeedbackQueue, 32, TimeSpan.FromMinutes(5))) is { Count: > 0 } messages)
        {
            foreach (var message in messages)
            {
                var response = await host.PostAsync("/ApplyRiskFeedback", Tests.Builders.Invocation("message", JsonValue.Create(message.Text)));
                response.EnsureSuccessStatusCode();
                await queues.DeleteAsync(RiskTables.FeedbackQueue, message.MessageId, message.PopReceipt);
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary><c>POST /api/admin/risk/recompute</c>, then slices until the run completes.</summary>
    public async Task<RiskRun> RecomputeAsync(RiskRunBudget? budget = null)
    {
        using var admin = As(Admin, Role.Admin);
        using var response = await admin.PostAsync("/api/admin/risk/recompute", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        return await RunToCompletionAsync(runId, budget ?? RiskRunBudget.Unlimited);
    }

    public async Task<RiskRun> RunToCompletionAsync(string runId, RiskRunBudget budget)
    {
        for (var slice = 0; slice < 10_000; slice++)
        {
            using var scope = Services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<IRiskProcessor>().RunAsync(runId, budget);
            if (result.Outcome == RiskRunSliceOutcome.Completed)
            {
                return result.Run!;
            }

            Assert.Equal(RiskRunSliceOutcome.Paused, result.Outcome);
        }

        throw new InvalidOperationException("The run did not complete.");
    }

    public async Task<JsonElement> GetRiskAsync(string rawUser)
    {
        using var analyst = As(Analyst, Role.Analyst);
        using var response = await analyst.GetAsync($"/api/users/{Pseudonym(rawUser)}/risk");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> FeedbackAsync(string path, string user = Analyst, params Role[] roles)
    {
        using var client = As(user, roles.Length == 0 ? [Role.Analyst] : roles);
        return await client.PostAsync(path, null);
    }

    public void Dispose() => Factory.Dispose();
}
