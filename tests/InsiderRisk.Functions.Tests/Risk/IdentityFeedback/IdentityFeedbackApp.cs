using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk.IdentityFeedback;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Tables;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Functions.Tests.Risk.IdentityFeedback;

/// <summary>
/// The app with a hand-moved clock and, unless told otherwise, Graph configured at a loopback fake
/// (the real SDK client, a fake credential); the test delivers <c>risk-feedback</c> messages itself.
/// </summary>
public sealed class IdentityFeedbackApp : IAsyncDisposable
{
    /// <summary>The investigated user's id as the alerts carry it: an Entra object id.</summary>
    public const string DirectoryId = "29f270bb-4d23-4f68-8a57-dc73dc0d4caf";

    public IdentityFeedbackApp(bool graphConfigured = true)
    {
        Graph = graphConfigured ? new FakeGraphServer() : null;
        var settings = Graph is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Graph:TenantId"] = "contoso-tenant", ["Graph:ClientId"] = "insiderrisk-app", ["Graph:BaseUrl"] = Graph.BaseUrl };
        Api = new EffectsApi(
            services => services.AddSingleton(provider => IntegrationHandlers.Create(
                Integrations.Effects.IntegrationSettings.From(provider.GetRequiredService<IConfiguration>()),
                provider.GetRequiredService<ISinkRecordStore>(),
                provider.GetRequiredService<ILoggerFactory>(),
                provider.GetRequiredService<TimeProvider>(),
                new FakeTokenCredential(FakeGraphServer.Token))),
            settings: settings);
    }

    public FakeGraphServer? Graph { get; }

    public EffectsApi Api { get; }

    public string Pseudonym => Api.Get<IUserDirectory>().Pseudonymize(DirectoryId).Value;

    public Task SetEnabledAsync(bool enabled) =>
        Api.Get<ISettingsStore>().SaveAsync(new AppSettings { Integrations = new InsiderRisk.Functions.Platform.Settings.IntegrationSettings(IdentityFeedbackEnabled: enabled) });

    public Task<string> OpenCaseAsync() => Api.OpenCaseAsync(userId: DirectoryId);

    public async Task ResolveAsync(string caseId, string classification)
    {
        using var analyst = Api.Analyst();
        await analyst.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/resolve", new { classification, actionTaken = "Access reviewed." }), HttpStatusCode.OK);
    }

    public async Task DismissAsync()
    {
        using var analyst = Api.Analyst();
        await analyst.SendJsonAsync(EffectBuilders.Post($"/api/users/{Pseudonym}/risk/dismiss", null), HttpStatusCode.Accepted);
    }

    /// <summary>Delivers the visible <c>risk-feedback</c> messages until none is left; returns how many ran.</summary>
    public Task<int> DeliverFeedbackAsync() => Api.DeliverAsync(ApplyRiskFeedbackFunction.Definition, "risk-feedback");

    public Task<TableEntity?> FinishedAsync(IdentityFeedbackAction action, string reference) =>
        Api.Get<IdentityFeedbackLedger>().FindFinishedAsync(new Domain.UserPseudonym(Pseudonym), $"{action}-{reference}", CancellationToken.None);

    public async Task<IReadOnlyList<PendingIdentityFeedback>> PendingAsync() =>
        await Api.Get<IdentityFeedbackLedger>().PendingForAsync(new Domain.UserPseudonym(Pseudonym), CancellationToken.None);

    public async Task<List<JsonElement>> AuditAsync(string action)
    {
        using var auditor = Api.Factory.ClientAs("aud@contoso.test", Role.Auditor);
        var now = Api.Clock.GetUtcNow();
        var page = await auditor.GetJsonAsync($"/api/audit?action={action}&from={EffectBuilders.Iso(now.AddDays(-1))}&to={EffectBuilders.Iso(now.AddDays(1))}&pageSize=1000");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (Graph is not null)
        {
            await Graph.DisposeAsync();
        }
    }
}
