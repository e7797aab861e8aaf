using System.Text.Json.Nodes;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>The routes of <see cref="FakeGraph"/>.</summary>
internal sealed partial class FakeGraph
{
    private LoopbackResponse CreateTeam(RecordedRequest request)
    {
        var body = Parse(request);
        var member = body["members"]?.AsArray().FirstOrDefault()?.AsObject();
        if ((string?)body["template@odata.bind"] != BaseUrl + "/teamsTemplates('standard')"
            || member is null
            || (string?)member["@odata.type"] != "#microsoft.graph.aadUserConversationMember"
            || member["roles"]?.AsArray().Any(role => (string?)role == "owner") != true
            || string.IsNullOrEmpty((string?)body["displayName"]))
        {
            return Error(400, "BadRequest", "A team needs the standard template, a display name and an owner.");
        }

        var n = Next();
        var team = new FakeTeam($"team-{n}", (string)body["displayName"]!, (string?)body["description"] ?? "", $"op-{n}")
        {
            OwnerBind = (string?)member["user@odata.bind"],
            PollsLeft = InProgressPolls,
        };
        teams[team.Id] = team;
        if (LoseCreateResponses > 0)
        {
            LoseCreateResponses--;
            return LoopbackResponse.Lost;
        }

        return new LoopbackResponse(202, "{}", new Dictionary<string, string>
        {
            ["Location"] = $"/teams('{team.Id}')/operations('{team.OperationId}')",
            ["Content-Location"] = $"/teams('{team.Id}')",
        });
    }

    private LoopbackResponse Operation(string teamId, string operationId)
    {
        if (!teams.TryGetValue(teamId, out var team) || team.OperationId != operationId)
        {
            return Error(404, "NotFound", "No such operation.");
        }

        var status = team.PollsLeft-- > 0 ? "inProgress" : FailOperationWith is null ? "succeeded" : "failed";
        var operation = new JsonObject { ["id"] = operationId, ["operationType"] = "createTeam", ["status"] = status, ["targetResourceId"] = teamId };
        if (status == "failed")
        {
            operation["error"] = new JsonObject { ["code"] = "Conflict", ["message"] = FailOperationWith };
        }

        return new LoopbackResponse(200, operation.ToJsonString());
    }

    private LoopbackResponse ListGroups(RecordedRequest request)
    {
        var description = EqualsLiteral(request.QueryValue("$filter"), "description");
        if (description is null || request.Header("ConsistencyLevel") != "eventual" || request.QueryValue("$count") != "true")
        {
            return Error(400, "Request_UnsupportedQuery", "Filtering groups on description is an advanced query.");
        }

        var found = new JsonArray([.. teams.Values.Where(team => team.Description == description)
            .Select(team => (JsonNode)new JsonObject { ["id"] = team.Id, ["description"] = team.Description })]);
        return new LoopbackResponse(200, new JsonObject { ["@odata.count"] = found.Count, ["value"] = found }.ToJsonString());
    }

    /// <summary>Provisioning moves on whether or not anyone polls: each look at the team advances it one step.</summary>
    private LoopbackResponse GetTeam(string teamId)
    {
        if (!teams.TryGetValue(teamId, out var team))
        {
            return Error(404, "NotFound", $"No team found with Group Id {teamId}");
        }

        if (!team.Provisioned)
        {
            team.PollsLeft--;
        }

        return team.Provisioned
            ? new LoopbackResponse(200, new JsonObject { ["id"] = team.Id, ["isArchived"] = team.IsArchived }.ToJsonString())
            : Error(404, "NotFound", $"No team found with Group Id {teamId}");
    }

    private LoopbackResponse Archive(string teamId, RecordedRequest request)
    {
        if (!teams.TryGetValue(teamId, out var team))
        {
            return Error(404, "NotFound", $"No team found with Group Id {teamId}");
        }

        team.IsArchived = true;
        team.SiteReadOnlyForMembers = (bool?)Parse(request)["shouldSetSpoSiteReadOnlyForMembers"];
        return new LoopbackResponse(202, null, new Dictionary<string, string> { ["Location"] = $"/teams('{teamId}')/operations('archive-{teamId}')" });
    }

    private LoopbackResponse ListCases(RecordedRequest request)
    {
        var name = EqualsLiteral(request.QueryValue("$filter"), "displayName");
        var found = ediscoveryCases.Values.Where(found => name is null || (string?)found["displayName"] == name).Select(found => found.DeepClone());
        return new LoopbackResponse(200, new JsonObject { ["value"] = new JsonArray([.. found]) }.ToJsonString());
    }

    private LoopbackResponse CreateCase(RecordedRequest request)
    {
        var body = Parse(request);
        if (string.IsNullOrEmpty((string?)body["displayName"]))
        {
            return Error(400, "BadRequest", "displayName is required.");
        }

        var id = $"ediscovery-{Next()}";
        body["id"] = id;
        body["status"] = "active";
        ediscoveryCases[id] = body;
        if (LoseCreateResponses > 0)
        {
            LoseCreateResponses--;
            return LoopbackResponse.Lost;
        }

        return new LoopbackResponse(201, body.ToJsonString());
    }

    private LoopbackResponse RiskyUsers(string action, RecordedRequest request)
    {
        var ids = Parse(request)["userIds"]?.AsArray().Select(id => (string)id!).ToArray() ?? [];
        RiskFeedback.Enqueue((action, ids));
        return new LoopbackResponse(204);
    }
}
