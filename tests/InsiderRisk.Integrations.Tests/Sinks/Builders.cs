using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Sqlite;

namespace InsiderRisk.Integrations.Tests.Sinks;

/// <summary>A sink on an in-memory SQLite table store, sent messages and invocations.</summary>
internal static class Builders
{
    public const string Sender = "irm@contoso.com";

    public static readonly CaseId TheCaseId = new("IR-21");
    public static readonly UserPseudonym User = new("User-K2M7Q4");
    public static readonly DateTimeOffset Now = new(2025, 3, 5, 10, 0, 0, TimeSpan.Zero);

    public static UserIdentity RealUser { get; } = new("nestor-id", "Nestor Wilke", "nestor.wilke@contoso.com", "Sales", "Lidia Holloway", null);

    public static SqliteDatabase Database() => SqliteDatabase.OpenInMemory("sinks-" + Guid.NewGuid().ToString("N"));

    public static TableSentMessageStore Store(SqliteDatabase database) => new(new SqliteTableStore(database));

    public static EffectId Fx(int sequence, CaseId? caseId = null) => CaseEffectIds.For(caseId ?? TheCaseId, sequence);

    public static SentMessage Message(EffectId effectId, string subject = "About your recent activity", string body = "Dear Nestor,\nplease review.", CaseId? caseId = null) => new(
        caseId ?? TheCaseId,
        effectId,
        EffectKind.SendNotice,
        Sender,
        ["nestor.wilke@contoso.com"],
        ["manager@contoso.com"],
        ["audit@contoso.com"],
        subject,
        body,
        Now);

    public static EffectInvocation Invocation(EffectPayload payload, int sequence = 3, int attempt = 1, UserIdentity? realUser = null) => new(
        TheCaseId,
        Fx(sequence),
        attempt,
        payload,
        new EffectCaseContext("Deals copied to personal mail", User, realUser ?? RealUser, ["Data leaks"], "Contoso", null));

    public static EffectPayload.SendNotice Notice(ImmutableArray<string> cc = default) =>
        new(User, "Policy reminder", Sender, "Hello {{userDisplayName}}", "Dear {{userDisplayName}}, see {{policyNames}}.", cc.IsDefault ? ["manager@contoso.com"] : cc, ["audit@contoso.com"]);
}
