using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// CreateTeam: <c>POST /teams</c> from the standard template with the requesting analyst as owner, then
/// the creation operation is followed until the team exists. Idempotent through <see cref="TeamRequest.Description"/>.
/// </summary>
public sealed class TeamCreationHandler(GraphServiceClient graph, GraphSettings settings, TimeProvider time, ILogger<TeamCreationHandler> logger)
    : IEffectHandler
{
    private readonly ExistingTeamFinder finder = new(graph);
    private readonly TeamOperationPoller poller = new(graph, settings, time);

    public EffectKind Kind => EffectKind.CreateTeam;

    public string Channel => "graph";

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.CreateTeam payload)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        var request = TeamRequest.For(invocation, payload);
        try
        {
            var outcome = await CreateOrFindAsync(invocation, request, cancellationToken);
            if (outcome is EffectOutcome.Succeeded { Result: EffectResult.TeamCreated created })
            {
                GraphLog.TeamCreated(logger, invocation.EffectId.Value, created.TeamId);
            }

            return outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = GraphFailures.From(exception, "create team", time.GetUtcNow());
            GraphLog.AttemptFailed(logger, invocation.EffectId.Value, Kind.ToString(), invocation.Attempt, failed.Permanent, failed.Error);
            return failed;
        }
    }

    private async Task<EffectOutcome> CreateOrFindAsync(EffectInvocation invocation, TeamRequest request, CancellationToken cancellationToken)
    {
        var groupId = await finder.FindGroupIdAsync(request.Description, cancellationToken);
        if (groupId is not null)
        {
            GraphLog.FoundExistingTeam(logger, invocation.EffectId.Value, groupId);
            return await ConfirmTeamAsync(groupId, request.DisplayName, cancellationToken);
        }

        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        await graph.Teams.PostAsync(NewTeam(request), configuration => configuration.Options.Add(headers), cancellationToken);
        var location = TeamOperationLocation.Parse(First(headers, "Location"));
        if (location is null)
        {
            return new EffectOutcome.Failed("Graph (create team) accepted the team but named no operation to follow", Permanent: false);
        }

        GraphLog.TeamCreationAccepted(logger, invocation.EffectId.Value, location.OperationId);
        return await poller.WaitAsync(location, request.DisplayName, cancellationToken);
    }

    /// <summary>The group exists; its team may still be being provisioned (404 until then).</summary>
    private async Task<EffectOutcome> ConfirmTeamAsync(string groupId, string displayName, CancellationToken cancellationToken)
    {
        try
        {
            var team = await graph.Teams[groupId].GetAsync(request => request.QueryParameters.Select = ["id"], cancellationToken);
            var teamId = team?.Id ?? groupId;
            return new EffectOutcome.Succeeded(new EffectResult.TeamCreated(teamId), $"team '{displayName}' found, created by an earlier attempt ({teamId})");
        }
        catch (Exception exception) when (GraphFailures.IsNotFound(exception))
        {
            return new EffectOutcome.Failed($"Graph (create team) is still setting up the team of group {groupId}", Permanent: false, settings.TeamPollInterval);
        }
    }

    /// <summary>Bind links name the configured Graph cloud, so national clouds bind to their own template and users.</summary>
    private Team NewTeam(TeamRequest request) => new()
    {
        DisplayName = request.DisplayName,
        Description = request.Description,
        AdditionalData = new Dictionary<string, object> { ["template@odata.bind"] = $"{BaseUrl}/teamsTemplates('standard')" },
        Members =
        [
            new AadUserConversationMember
            {
                Roles = ["owner"],
                AdditionalData = new Dictionary<string, object> { ["user@odata.bind"] = $"{BaseUrl}/users({ODataText.Quote(request.Owner)})" },
            },
        ],
    };

    private string BaseUrl => settings.BaseUri.AbsoluteUri.TrimEnd('/');

    private static string? First(HeadersInspectionHandlerOption headers, string name) =>
        headers.ResponseHeaders.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
