using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Graph;

internal static class Builders
{
    public const string CaseId = "IR-42";
    public const string EffectId = "IR-42-fx00000007";
    public const string Pseudonym = "User-7Q4K2M9XAB";
    public const string Owner = "analyst@contoso.com";

    public static EffectCaseContext CaseContext() =>
        new("Data exfiltration review", new UserPseudonym(Pseudonym), null, ImmutableArray.Create("Data leaks"), "Contoso", null);

    public static EffectInvocation Invocation(EffectPayload payload, int attempt = 1, string effectId = EffectId, string caseId = CaseId) =>
        new(new CaseId(caseId), new EffectId(effectId), attempt, payload, CaseContext());

    public static EffectPayload.CreateTeam CreateTeam(string displayName = "IR-42 Data exfiltration review") => new(displayName, Owner);

    public static EffectPayload.ArchiveTeam ArchiveTeam(string teamId) => new(teamId);

    public static EffectPayload.CreateInvestigation CreateInvestigation(string name = "Legal hold: IR-42", string? notes = "Preserve mailbox and OneDrive.") =>
        new(name, notes, "Data exfiltration review", new UserPseudonym(Pseudonym));
}
