using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.CaseEvents;

namespace InsiderRisk.Integrations.Tests.CaseEvents;

internal static class Builders
{
    public const string CaseId = "IR-42";
    public const string Analyst = "analyst@contoso.com";
    public static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static UserPseudonym User { get; } = Hasher().Pseudonymize("megan.bowen@contoso.com");

    /// <summary>A pseudonymizer with a fixed test key (the app's key comes from Privacy__Key).</summary>
    public static Pseudonymizer Hasher() => new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    /// <summary>A domain event as the store keeps it: serialized by the domain's own JSON rules.</summary>
    public static CaseEventRecord Record(CaseEvent caseEvent, long sequence = 1, string by = Analyst)
    {
        var (type, data) = CaseJson.Serialize(caseEvent with { At = At, By = by });
        return new CaseEventRecord(CaseId, sequence, type, At, by, data);
    }

    public static CaseEvent.CaseOpened Opened(int alerts = 1) => new(
        new CaseId(CaseId),
        "Data exfiltration review",
        User,
        [.. Enumerable.Range(1, alerts).Select(i => new AlertSummary(new AlertId($"alert-{i}"), "Data leaks", Severity.High, At))]);

    public static CaseEvent.TeamCreationRequested TeamRequested() =>
        new(new EffectRequest(new EffectId("IR-42-fx00000003"), new EffectPayload.CreateTeam("IR-42 team", Analyst), null));

    public static CaseEvent.NoticeRequested NoticeRequested(string recipient) =>
        new(new EffectRequest(
            new EffectId("IR-42-fx00000004"),
            new EffectPayload.SendNotice(new UserPseudonym(recipient), "Reminder", "compliance@contoso.com", "Policy reminder", "Body", ImmutableArray<string>.Empty, ImmutableArray<string>.Empty),
            null));

    public static CaseEvent.ShareRequested ShareByEmail(string recipient) =>
        new(ShareTarget.Email, recipient, new EffectRequest(new EffectId("IR-42-fx00000005"), new EffectPayload.ShareByEmail(recipient, "Case", User), null));
}
