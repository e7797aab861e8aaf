using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>
/// The app on a fresh store with a clock the test moves and the trigger loop off: the test delivers
/// queue messages and fires the sweeper itself, through the local run's own poller and invoker.
/// </summary>
public sealed class EffectsApi : IDisposable
{
    public EffectsApi(Action<IServiceCollection>? services = null, AzuriteServer? azurite = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["LocalRun:Enabled"] = "false" };
        void Configure(IServiceCollection collection)
        {
            collection.AddSingleton<TimeProvider>(Clock);
            collection.AddSingleton<ILoggerProvider>(Telemetry);
            services?.Invoke(collection);
        }

        Factory = azurite is null ? new ApiFactory(all, Configure) : ApiFactory.OnAzurite(azurite, all, Configure);
    }

    public ManualClock Clock { get; } = new();

    public TelemetryCapture Telemetry { get; } = new();

    public ApiFactory Factory { get; }

    public HttpClient Analyst() => Factory.ClientAs(EffectBuilders.AnalystId, Role.Analyst);

    public HttpClient Investigator() => Factory.ClientAs(EffectBuilders.InvestigatorId, Role.Investigator);

    public T Get<T>()
        where T : notnull => Factory.Get<T>();

    /// <summary>Ingests one alert for <paramref name="userId"/> and confirms it into a new case; returns the case id.</summary>
    public async Task<string> OpenCaseAsync(string severity = "High", string userId = EffectBuilders.InvestigatedUser)
    {
        using var client = Analyst();
        var alertId = EffectBuilders.NewId("alert");
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(alertId, Clock.GetUtcNow(), severity, userId)), HttpStatusCode.Accepted);
        var confirmed = await client.SendJsonAsync(
            EffectBuilders.Post($"/api/alerts/{alertId}/confirm", new { caseName = "Roadmap shared externally " + alertId[^6..], comment = "Looks deliberate." }),
            HttpStatusCode.Created);
        return confirmed.GetProperty("caseId").GetString()!;
    }

    /// <summary>Asks for an email share of the case; returns the effect id.</summary>
    public async Task<string> ShareByEmailAsync(string caseId, string recipient = "legal@contoso.test")
    {
        using var client = Analyst();
        var accepted = await client.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/share", new { target = "Email", recipient }), HttpStatusCode.Accepted);
        return accepted.GetProperty("effectId").GetString()!;
    }

    /// <summary>Delivers the visible <c>case-effects</c> messages as the local run does, until none is left; returns how many were handed out.</summary>
    public Task<int> DeliverEffectsAsync() => DeliverAsync(RunCaseEffectFunction.Definition, "case-effects");

    /// <summary>Delivers the visible messages of <paramref name="queue"/> to <paramref name="function"/> as the local run does, until none is left; returns how many were handed out.</summary>
    public async Task<int> DeliverAsync(FunctionDefinition function, string queue)
    {
        var poller = Get<LocalQueuePoller>();
        var trigger = new LocalTrigger.Queue(function, queue);
        var total = 0;
        for (var round = 0; round < 50; round++)
        {
            var delivered = await poller.PollAsync(trigger, CancellationToken.None);
            if (delivered == 0)
            {
                return total;
            }

            total += delivered;
        }

        throw new InvalidOperationException($"{queue} never ran dry.");
    }

    /// <summary>Fires <c>SweepOutbox</c> as its timer would.</summary>
    public async Task SweepAsync()
    {
        var now = Clock.GetUtcNow();
        var (data, metadata) = LocalInvocations.ForTimer("timer", "SweepOutbox", null, now, isPastDue: false, now);
        await Get<LocalFunctionInvoker>().InvokeAsync(SweepOutboxFunction.Definition, data, metadata, CancellationToken.None);
    }

    public async Task<JsonElement> EffectsAsync(string caseId)
    {
        using var client = Analyst();
        return await client.GetJsonAsync($"/api/cases/{caseId}/effects");
    }

    public async Task<JsonElement> CaseAsync(string caseId)
    {
        using var client = Analyst();
        return await client.GetJsonAsync($"/api/cases/{caseId}");
    }

    public async Task<JsonElement> NotesAsync(string caseId)
    {
        using var client = Analyst();
        return await client.GetJsonAsync($"/api/cases/{caseId}/notes");
    }

    public void Dispose() => Factory.Dispose();
}
