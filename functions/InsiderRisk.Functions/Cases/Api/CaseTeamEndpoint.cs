using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Create the case's Teams team: once per case (asking again answers the same effect).</summary>
public static class CaseTeamEndpoint
{
    public static Task<IResult> CreateTeamAsync(string caseId, HttpContext http, CaseActionFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.team.create",
                Capability.ActOnCase,
                (_, _, stamp) => Task.FromResult<CaseCommand?>(
                    new CaseCommand.CreateTeam { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId }),
                CaseEffectAnswers.Accepted(flow, EffectKind.CreateTeam, cancellationToken)),
            cancellationToken);
    }
}
