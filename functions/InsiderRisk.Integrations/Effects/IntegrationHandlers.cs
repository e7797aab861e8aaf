using Azure.Core;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.ServiceNow;
using InsiderRisk.Integrations.Sinks;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.Effects;

/// <summary>
/// Chooses, per kind, the real integration when its settings are present and the local sink otherwise:
/// Graph (Teams, eDiscovery) on <c>Graph__TenantId</c>/<c>Graph__ClientId</c>; ServiceNow on
/// <c>ServiceNow__InstanceUrl</c> + credentials; flows on any <c>Flows__{name}__Url</c> (a flow set to
/// <c>local</c> is recorded by the sink).
/// </summary>
public static class IntegrationHandlers
{
    /// <summary>An HTTP trigger with a Response action may hold the call up to two minutes.</summary>
    public static readonly TimeSpan FlowTimeout = TimeSpan.FromSeconds(130);

    /// <param name="graphCredential">Overrides the credential the settings choose (tests).</param>
    /// <param name="transport">Overrides the innermost HTTP handler of every client (tests, proxies).</param>
    public static IntegrationHandlerSet Create(
        IntegrationSettings settings,
        ISinkRecordStore sinks,
        ILoggerFactory loggers,
        TimeProvider? time = null,
        TokenCredential? graphCredential = null,
        Func<HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        var clock = time ?? TimeProvider.System;
        var owned = new List<IDisposable>();
        IEffectHandler Sink(ILocalSinkPlan plan) => new LocalSinkHandler(plan, sinks, clock, loggers.CreateLogger<LocalSinkHandler>());
        HttpClient Http(TimeSpan timeout)
        {
            var client = new HttpClient(transport?.Invoke() ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = timeout };
            owned.Add(client);
            return client;
        }

        var handlers = new List<IEffectHandler>();
        IdentityRiskFeedbackClient? riskFeedback = null;
        if (settings.Graph.IsConfigured)
        {
            var graph = GraphClients.Create(settings.Graph, graphCredential ?? GraphCredentials.For(settings.Graph), transport?.Invoke());
            owned.Add(graph);
            handlers.Add(new TeamCreationHandler(graph, settings.Graph, clock, loggers.CreateLogger<TeamCreationHandler>()));
            handlers.Add(new TeamArchiveHandler(graph, clock, loggers.CreateLogger<TeamArchiveHandler>()));
            handlers.Add(new InvestigationHandler(graph, clock, loggers.CreateLogger<InvestigationHandler>()));
            riskFeedback = new IdentityRiskFeedbackClient(graph, clock, loggers.CreateLogger<IdentityRiskFeedbackClient>());
        }
        else
        {
            handlers.AddRange([Sink(new TeamCreationSinkPlan()), Sink(new TeamArchiveSinkPlan()), Sink(new InvestigationSinkPlan())]);
        }

        handlers.Add(settings.ServiceNow.IsConfigured
            ? new ServiceNowIncidentHandler(
                new ServiceNowClient(Http(settings.ServiceNow.Timeout), settings.ServiceNow, clock),
                settings.ServiceNow,
                loggers.CreateLogger<ServiceNowIncidentHandler>())
            : Sink(new IncidentSinkPlan(settings.ServiceNow.Category)));
        handlers.Add(settings.Flows.HasTriggerUrls
            ? new FlowRunHandler(Http(FlowTimeout), settings.Flows, Sink(new FlowSinkPlan()), clock, loggers.CreateLogger<FlowRunHandler>())
            : Sink(new FlowSinkPlan()));
        return new IntegrationHandlerSet(handlers, settings.Flows, riskFeedback, owned);
    }
}
