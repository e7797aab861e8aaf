using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models.Security;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// CreateInvestigation: <c>POST /security/cases/ediscoveryCases</c>. Idempotent: it first lists cases with
/// the same display name and takes the one whose externalId is our case id.
/// </summary>
public sealed class InvestigationHandler(GraphServiceClient graph, TimeProvider time, ILogger<InvestigationHandler> logger) : IEffectHandler
{
    public EffectKind Kind => EffectKind.CreateInvestigation;

    public string Channel => "graph";

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.CreateInvestigation payload)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        var request = InvestigationRequest.For(invocation, payload);
        try
        {
            var existing = await FindAsync(request, cancellationToken);
            if (existing is not null)
            {
                GraphLog.InvestigationReady(logger, invocation.EffectId.Value, existing, "found, created by an earlier attempt");
                return Created(existing, request, "found, created by an earlier attempt");
            }

            var created = await graph.Security.Cases.EdiscoveryCases.PostAsync(
                new EdiscoveryCase { DisplayName = request.DisplayName, Description = request.Description, ExternalId = request.ExternalId },
                cancellationToken: cancellationToken);
            if (string.IsNullOrEmpty(created?.Id))
            {
                return new EffectOutcome.Failed("Graph (create eDiscovery case) answered without a case id", Permanent: false);
            }

            GraphLog.InvestigationReady(logger, invocation.EffectId.Value, created.Id, "created");
            return Created(created.Id, request, "created");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = GraphFailures.From(exception, "create eDiscovery case", time.GetUtcNow());
            GraphLog.AttemptFailed(logger, invocation.EffectId.Value, Kind.ToString(), invocation.Attempt, failed.Permanent, failed.Error);
            return failed;
        }
    }

    private async Task<string?> FindAsync(InvestigationRequest request, CancellationToken cancellationToken)
    {
        var page = await graph.Security.Cases.EdiscoveryCases.GetAsync(
            configuration =>
            {
                configuration.QueryParameters.Filter = $"displayName eq {ODataText.Quote(request.DisplayName)}";
                configuration.QueryParameters.Select = ["id", "displayName", "externalId"];
            },
            cancellationToken);
        return page?.Value?
            .Where(found => !string.IsNullOrEmpty(found.Id) && string.Equals(found.ExternalId, request.ExternalId, StringComparison.Ordinal))
            .Select(found => found.Id)
            .FirstOrDefault();
    }

    private static EffectOutcome.Succeeded Created(string id, InvestigationRequest request, string how) =>
        new(new EffectResult.InvestigationCreated(id), $"eDiscovery case '{request.DisplayName}' {how} ({id})");
}
