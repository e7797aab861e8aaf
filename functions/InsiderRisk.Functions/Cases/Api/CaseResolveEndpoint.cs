using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Requests;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary><c>POST /api/cases/{caseId}/resolve</c>: closes the case and answers its overview.</summary>
public static class CaseResolveEndpoint
{
    public static Task<IResult> ResolveAsync(string caseId, ResolveRequest body, HttpContext http, CaseActionFlow flow, CaseViews views, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(views);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.resolve",
                Capability.ActOnCase,
                (errors, _, stamp) =>
                {
                    var classification = CaseFields.Named<CaseClassification>(errors, "classification", body.Classification);
                    var actionTaken = CaseFields.Required(errors, "actionTaken", body.ActionTaken, CaseText.NoteMaxLength);
                    return Task.FromResult<CaseCommand?>(classification is not { } c || actionTaken is null ? null
                        : new CaseCommand.Resolve(c, actionTaken) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId });
                },
                async (result, _) => TypedResults.Ok(await views.OverviewAsync(result.State!, cancellationToken)),
                CaseEffectEndpoints.Fields(("classification-invalid", "classification"), ("action-taken-invalid", "actionTaken"))),
            cancellationToken);
    }
}
