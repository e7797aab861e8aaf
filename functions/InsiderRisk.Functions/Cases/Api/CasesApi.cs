using InsiderRisk.Functions.Cases.Api.Views;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// <c>/api/cases</c> (API.md "Cases"), except the alert, activity and content sub-routes, which the
/// Alerts area maps. Reads need ViewCases, actions ActOnCase, contributors EditContributors; a case's
/// own contributors are allowed on that case only.
/// </summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases").WithTags("Cases");
        group.MapGet(string.Empty, CaseListEndpoint.ListAsync)
            .WithName("ListCases").WithSummary("The case queue, filtered by status, opened and updated between, and name text; paged.")
            .Produces<CaseListView>();
        group.MapGet("/{caseId}", CaseReadEndpoints.OverviewAsync)
            .WithName("GetCase").WithSummary("One case: its list fields, user, risk, outcome and alerts.")
            .Produces<CaseOverviewView>();
        group.MapGet("/{caseId}/notes", CaseNoteEndpoints.ListAsync)
            .WithName("ListCaseNotes").WithSummary("The case's notes, newest first, optionally containing a text.")
            .Produces<List<NoteView>>();
        group.MapPost("/{caseId}/notes", CaseNoteEndpoints.AddAsync)
            .WithName("AddCaseNote").WithSummary("Adds a permanent note (Closed cases too).")
            .Produces<NoteView>(StatusCodes.Status201Created);
        group.MapMethods("/{caseId}/notes/{noteId}", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], CaseNoteEndpoints.Permanent)
            .WithName("ChangeCaseNote").WithSummary("Always 405: notes can never be edited or deleted.");
        group.MapGet("/{caseId}/contributors", CaseReadEndpoints.ContributorsAsync)
            .WithName("ListCaseContributors").WithSummary("The people added to the case, the opener first.")
            .Produces<List<ContributorView>>();
        group.MapPost("/{caseId}/contributors", CaseContributorEndpoint.AddAsync)
            .WithName("AddCaseContributor").WithSummary("Adds a contributor, who may then view and act on this case.")
            .Produces<ContributorView>(StatusCodes.Status201Created);
        MapActions(group);
        group.MapGet("/{caseId}/history", CaseReadEndpoints.HistoryAsync)
            .WithName("GetCaseHistory").WithSummary("Every event of the case, in order.")
            .Produces<List<HistoryEntryView>>();
        group.MapGet("/{caseId}/effects", CaseReadEndpoints.EffectsAsync)
            .WithName("ListCaseEffects").WithSummary("The case's outside effects and how they went.")
            .Produces<List<EffectView>>();
        return endpoints;
    }

    private static void MapActions(RouteGroupBuilder group)
    {
        group.MapPost("/{caseId}/notices", CaseNoticeEndpoints.SendNoticeAsync)
            .WithName("SendCaseNotice").WithSummary("Emails a notice from a template to the case's user.")
            .Produces<EffectAcceptedView>(StatusCodes.Status202Accepted);
        group.MapPost("/{caseId}/escalate", CaseEffectEndpoints.EscalateAsync)
            .WithName("EscalateCase").WithSummary("Escalates to an eDiscovery (Premium) investigation; once per case.")
            .Produces<EffectAcceptedView>(StatusCodes.Status202Accepted);
        group.MapPost("/{caseId}/share", CaseEffectEndpoints.ShareAsync)
            .WithName("ShareCase").WithSummary("Shares the case with ServiceNow or by email.")
            .Produces<EffectAcceptedView>(StatusCodes.Status202Accepted);
        group.MapPost("/{caseId}/flows", CaseEffectEndpoints.RunFlowAsync)
            .WithName("RunCaseFlow").WithSummary("Runs a configured Power Automate flow for the case.")
            .Produces<EffectAcceptedView>(StatusCodes.Status202Accepted);
        group.MapPost("/{caseId}/team", CaseTeamEndpoint.CreateTeamAsync)
            .WithName("CreateCaseTeam").WithSummary("Creates the case's Teams team; once per case.")
            .Produces<EffectAcceptedView>(StatusCodes.Status202Accepted);
        group.MapPost("/{caseId}/resolve", CaseResolveEndpoint.ResolveAsync)
            .WithName("ResolveCase").WithSummary("Closes the case as Benign or ConfirmedPolicyViolation.")
            .Produces<CaseOverviewView>();
    }
}
