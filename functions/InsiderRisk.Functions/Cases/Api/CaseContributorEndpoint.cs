using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Requests;
using InsiderRisk.Functions.Cases.Api.Views;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary><c>POST /api/cases/{caseId}/contributors</c>: 201 when added, 200 when already listed (compared case-insensitively).</summary>
public static class CaseContributorEndpoint
{
    public static Task<IResult> AddAsync(string caseId, ContributorRequest body, HttpContext http, CaseActionFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(flow);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.contributor.add",
                Capability.EditContributors,
                (errors, _, stamp) => Task.FromResult<CaseCommand?>(
                    CaseFields.Required(errors, "userId", body.UserId, CaseText.NameMaxLength) is { } userId
                        ? new CaseCommand.AddContributor(userId.Trim()) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId }
                        : null),
                (result, stamp) =>
                {
                    var added = result.Events.OfType<CaseEvent.ContributorAdded>().FirstOrDefault();
                    var userId = added?.UserId
                        ?? result.State!.Contributors.FirstOrDefault(c => Domain.Privacy.UserIds.AreSame(c, body.UserId))
                        ?? body.UserId!.Trim();
                    return Task.FromResult<IResult>(added is null
                        ? TypedResults.Ok(new ContributorView(userId))
                        : TypedResults.Created($"/api/cases/{Uri.EscapeDataString(stamp.CaseId.Value)}/contributors", new ContributorView(userId)));
                },
                CaseEffectEndpoints.Fields(("contributor-invalid", "userId"))),
            cancellationToken);
    }
}
