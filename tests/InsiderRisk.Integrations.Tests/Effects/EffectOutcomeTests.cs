using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Effects;

public sealed class EffectOutcomeTests
{
    [Fact]
    public void Outcomes_with_the_same_values_are_equal_so_retries_compare_cleanly()
    {
        var first = new EffectOutcome.Succeeded(new EffectResult.TeamCreated("team-1"), "team created");
        var second = new EffectOutcome.Succeeded(new EffectResult.TeamCreated("team-1"), "team created");

        Assert.Equal(first, second);
        Assert.NotEqual<EffectOutcome>(first, new EffectOutcome.Failed("boom", Permanent: true));
    }

    [Fact]
    public void An_invocation_carries_the_effect_id_as_its_idempotency_key()
    {
        var invocation = new EffectInvocation(
            new CaseId("IR-1"),
            new EffectId("IR-1-fx00000003"),
            1,
            new EffectPayload.ArchiveTeam("team-1"),
            new EffectCaseContext("Case", new UserPseudonym("User-ABCDEFGHJK"), null, [], "Contoso", null));

        Assert.Equal("IR-1-fx00000003", invocation.EffectId.Value);
        Assert.Null(invocation.Case.RealUser);
    }
}
