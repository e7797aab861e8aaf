using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Notices;

/// <summary>Templates, case contexts and a real case (through the decider) to take notice payloads from.</summary>
internal static class Builders
{
    public const string Sender = "irm@contoso.com";
    public const string TemplateName = "Policy reminder";

    public static readonly CaseId TheCaseId = new("IR-12");
    public static readonly UserPseudonym User = new("User-3J9P0D");
    public static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static UserIdentity RealUser { get; } =
        new("adele-id", "Adele Vance", "adele.vance@contoso.com", "Legal", "Lee Gu", "lee.gu@contoso.com");

    /// <summary>Every placeholder once, in subject and body.</summary>
    public static NoticeTemplate Template { get; } = new(
        TemplateName,
        Sender,
        "{{organization}}: about {{caseName}}",
        "Dear {{userDisplayName}} ({{userEmail}}),\nyour activity matched {{policyNames}}.\nYour manager {{managerName}} is informed.\n{{#each policies}}- {{this}}\n{{/each}}Details: {{caseLink}}",
        ["compliance@contoso.com"],
        ["audit@contoso.com"]);

    public static EffectCaseContext CaseContext(UserIdentity? realUser) => new(
        "Copied files before leaving", User, realUser, ["Data leaks", "Departing users"], "Contoso", new Uri("https://irm.contoso.com/cases/IR-12"));

    public static EffectInvocation Invocation(EffectPayload payload, UserIdentity? realUser = null) =>
        new(TheCaseId, new EffectId("IR-12-fx00000003"), 1, payload, CaseContext(realUser ?? RealUser));

    /// <summary>Opens a case and sends a notice through the case decider, which applies the per-send overrides.</summary>
    public static EffectPayload.SendNotice NoticeFromCase(string? subject = null, string? body = null, ImmutableArray<string>? cc = null)
    {
        var policy = CasePolicy.Default;
        var open = new CaseCommand.OpenCase("Copied files before leaving", User, [new AlertSummary(new AlertId("a-1"), "Data leaks", Severity.High, T0)])
        {
            CaseId = TheCaseId,
            At = T0,
            By = "analyst@contoso.com",
        };
        var state = CaseDecider.Decide(open, CaseState.Initial, policy).Events.Aggregate(CaseState.Initial, CaseDecider.Evolve);
        var send = new CaseCommand.SendNotice(TemplateName, Template, subject, body, cc) { CaseId = TheCaseId, At = T0.AddHours(1), By = "analyst@contoso.com" };
        var decision = CaseDecider.Decide(send, state, policy);
        Assert.True(decision.IsSuccess, decision.Error?.ToString());
        return (EffectPayload.SendNotice)decision.Events.OfType<CaseEvent.NoticeRequested>().Single().Effect.Payload;
    }
}
