using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Requests;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Escalate, share and run a flow: each asks for one outside effect and answers 202 with its id.</summary>
public static class CaseEffectEndpoints
{
    public static Task<IResult> EscalateAsync(string caseId, EscalateRequest body, HttpContext http, CaseActionFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.escalate",
                Capability.ActOnCase,
                (errors, _, stamp) =>
                {
                    var name = CaseFields.Required(errors, "investigationName", body.InvestigationName, CaseText.NameMaxLength);
                    var notes = CaseFields.Optional(errors, "notes", body.Notes, CaseText.NoteMaxLength);
                    return Task.FromResult<CaseCommand?>(name is null ? null
                        : new CaseCommand.Escalate(name, notes) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId });
                },
                CaseEffectAnswers.Accepted(flow, EffectKind.CreateInvestigation, cancellationToken),
                Fields(("investigation-name-invalid", "investigationName"), ("note-text-invalid", "notes"))),
            cancellationToken);
    }

    public static Task<IResult> ShareAsync(string caseId, ShareRequest body, HttpContext http, CaseActionFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.share",
                Capability.ActOnCase,
                (errors, _, stamp) =>
                {
                    var target = CaseFields.Named<ShareTarget>(errors, "target", body.Target);
                    var recipient = CaseFields.Optional(errors, "recipient", body.Recipient, CaseText.NameMaxLength);
                    if (target == ShareTarget.Email && recipient is null)
                    {
                        errors.Add("recipient", "recipient is required to share by email.");
                    }

                    return Task.FromResult<CaseCommand?>(target is not { } t ? null
                        : new CaseCommand.Share(t, recipient) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId });
                },
                async (result, stamp) =>
                {
                    var kind = result.Events.OfType<CaseEvent.ShareRequested>().FirstOrDefault()?.Effect.Kind
                        ?? (body.Target?.Trim().Equals(nameof(ShareTarget.Email), StringComparison.OrdinalIgnoreCase) == true ? EffectKind.ShareByEmail : EffectKind.CreateIncident);
                    return await CaseEffectAnswers.Accepted(flow, kind, cancellationToken)(result, stamp);
                },
                Fields(("share-target-invalid", "target"), ("share-recipient-required", "recipient"))),
            cancellationToken);
    }

    public static Task<IResult> RunFlowAsync(string caseId, FlowRequest body, HttpContext http, CaseActionFlow flow, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(configuration);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.flow.run",
                Capability.ActOnCase,
                (errors, _, stamp) =>
                {
                    var name = CaseFields.Required(errors, "flowName", body.FlowName, CaseText.NameMaxLength)?.Trim();
                    var configured = name is not null && !string.IsNullOrWhiteSpace(configuration[$"Flows:{name}:Url"]);
                    return Task.FromResult<CaseCommand?>(name is null ? null
                        : new CaseCommand.RunFlow(name, configured) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId });
                },
                CaseEffectAnswers.Accepted(flow, EffectKind.RunFlow, cancellationToken),
                Fields(("flow-name-required", "flowName"), ("flow-not-configured", "flowName"))),
            cancellationToken);
    }

    internal static Dictionary<string, string> Fields(params (string Code, string Field)[] pairs) =>
        pairs.ToDictionary(pair => pair.Code, pair => pair.Field, StringComparer.Ordinal);
}
