using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    public static TheoryData<EffectKind, string> FailureNotes => new()
    {
        { EffectKind.SendNotice, "notice Policy reminder failed: gave up after 5 attempts" },
        { EffectKind.CreateInvestigation, "escalation to Legal review failed: gave up after 5 attempts" },
        { EffectKind.CreateIncident, "sharing with ServiceNow failed: gave up after 5 attempts" },
        { EffectKind.ShareByEmail, "sharing by email with hr@contoso.com failed: gave up after 5 attempts" },
        { EffectKind.RunFlow, "flow notify-hr failed: gave up after 5 attempts" },
        { EffectKind.CreateTeam, "creating the Teams team failed: gave up after 5 attempts" },
        { EffectKind.ArchiveTeam, "archiving the Teams team failed: gave up after 5 attempts" },
        { EffectKind.SendReminder, "the overdue reminder failed: gave up after 5 attempts" },
        { EffectKind.ReviewDueTimer, "the review timer failed: gave up after 5 attempts" },
    };

    [Theory]
    [MemberData(nameof(FailureNotes))]
    public void GivenPendingEffect_WhenGivenUp_ThenEffectFailedAndSystemNoteWithTheReason(EffectKind kind, string note)
    {
        var (history, effect) = PendingEffects.For(kind);
        var sequence = history.Length + 1;

        Given(history)
            .When(Failed(effect))
            .Then(EffectFailed(effect, At(10)), Note(sequence + 1, note, At(10), Runner))
            .ThenState(state =>
            {
                var tracked = state.FindEffect(effect)!;
                Assert.Equal((EffectStatus.Failed, "gave up after 5 attempts"), (tracked.Status, tracked.LastError));
                Assert.Equal(CaseNote.SystemAuthor, state.NotesNewestFirst()[0].Author);
            });
    }

    [Theory]
    [MemberData(nameof(PendingEffects.AllKinds), MemberType = typeof(PendingEffects))]
    public void GivenFailedEffect_WhenGivenUpAgain_ThenNothing(EffectKind kind)
    {
        var (history, effect) = PendingEffects.For(kind);

        Given([.. history, EffectFailed(effect, At(9))]).When(Failed(effect)).ThenNothing();
    }

    [Fact]
    public void GivenSucceededEffect_WhenGivenUpLate_ThenNothing()
    {
        var created = new CaseEvent.IncidentCreated(Fx(3), "INC0012345") { At = At(9), By = Runner };

        Given([.. Opened(), .. ServiceNowShareRequested(3, At(1)), created]).When(Failed(Fx(3))).ThenNothing();
    }

    [Fact]
    public void GivenActiveCase_WhenUnknownEffectGivenUp_ThenEffectNotFound()
    {
        Given(Opened()).When(Failed(Fx(77))).ThenError(DomainErrorKind.NotFound, "effect-not-found");
    }
}
