using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.ServiceNow;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Integrations.Effects;

/// <summary>The settings of every integration this folder set serves: Graph, ServiceNow and flows.</summary>
public sealed record IntegrationSettings(GraphSettings Graph, ServiceNowSettings ServiceNow, FlowCatalog Flows)
{
    public static IntegrationSettings From(IConfiguration configuration) =>
        new(GraphSettings.From(configuration), ServiceNowSettings.From(configuration), FlowCatalog.From(configuration));
}
