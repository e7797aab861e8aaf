using InsiderRisk.Domain.Access;
using System.Collections.Immutable;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Requests;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Send a notice: the template is resolved now, from the admins' table, and overridable per send.</summary>
public static class CaseNoticeEndpoints
{
    public const int MaxCc = 50;
    public const int MaxAddressLength = 320;

    public static Task<IResult> SendNoticeAsync(
        string caseId, NoticeRequest body, HttpContext http, CaseActionFlow flow, NoticeTemplateSource templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(templates);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                "case.notice.send",
                Capability.ActOnCase,
                async (errors, _, stamp) =>
                {
                    var name = CaseFields.Required(errors, "templateName", body.TemplateName, CaseText.NameMaxLength)?.Trim();
                    var subject = CaseFields.Optional(errors, "subject", body.Subject, CaseText.NameMaxLength);
                    var text = CaseFields.Optional(errors, "body", body.Body, CaseText.NoteMaxLength);
                    var cc = Cc(errors, body.Cc);
                    if (name is null || errors.HasErrors)
                    {
                        return null;
                    }

                    var template = await templates.FindAsync(name, cancellationToken);
                    return new CaseCommand.SendNotice(name, template, subject, text, cc)
                    {
                        CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId,
                    };
                },
                CaseEffectAnswers.Accepted(flow, EffectKind.SendNotice, cancellationToken),
                CaseEffectEndpoints.Fields(("notice-template-missing", "templateName"))),
            cancellationToken);
    }

    private static ImmutableArray<string>? Cc(FieldErrors errors, IReadOnlyList<string?>? cc)
    {
        if (cc is null)
        {
            return null;
        }

        if (cc.Count > MaxCc)
        {
            errors.Add("cc", $"cc holds at most {MaxCc} addresses.");
            return null;
        }

        for (var i = 0; i < cc.Count; i++)
        {
            CaseFields.Required(errors, $"cc[{i}]", cc[i], MaxAddressLength);
        }

        return [.. cc.OfType<string>().Select(address => address.Trim())];
    }
}
