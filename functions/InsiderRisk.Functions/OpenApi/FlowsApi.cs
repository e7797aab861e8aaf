using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// <c>GET /api/flows</c>: the names of the configured Power Automate flows (<c>Flows__{name}__Url</c>),
/// for the connector's flow picker and for people choosing a flow to run. Names only: a trigger URL
/// carries the flow's signature and is a secret.
/// </summary>
public static class FlowsApi
{
    public const string ListAction = "flow.list";

    public static IEndpointRouteBuilder MapFlowsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/flows").WithTags("Flows")
            .MapGet(string.Empty, ListAsync)
            .WithName(ConnectorHints.ListFlows)
            .WithSummary("The names of the Power Automate flows a case can run, sorted; never their URLs.")
            .Produces<FlowListView>();
        return endpoints;
    }

    public static async Task<IResult> ListAsync(HttpContext http, IAccessGuard guard, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, ListAction, "flows", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        return TypedResults.Ok(new FlowListView([.. FlowNames.From(configuration).Select(name => new FlowView(name))]));
    }
}
