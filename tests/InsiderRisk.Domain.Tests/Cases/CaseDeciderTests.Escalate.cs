using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenEscalate_ThenEscalationRequestedWithNameAndNotes()
    {
        Given(Opened())
            .When(Escalate("Legal review", "Preserve the mailbox"))
            .Then(EscalationRequested(3, At(1), "Legal review", "Preserve the mailbox"))
            .ThenState(state => Assert.Equal(new CaseEscalation("Legal review", "Preserve the mailbox", Fx(3), null), state.Escalation));
    }

    [Fact]
    public void GivenEscalatedCase_WhenEscalatedAgainWithTheSameName_ThenNothing()
    {
        Given([.. Opened(), .. EscalationRequested(3, At(1))]).When(Escalate("Legal review", "other notes")).ThenNothing();
    }

    [Fact]
    public void GivenEscalationCreated_WhenEscalatedAgainWithTheSameName_ThenNothing()
    {
        var created = new CaseEvent.InvestigationCreated(Fx(3), "ediscovery-case-42") { At = At(2), By = Runner };

        Given([.. Opened(), .. EscalationRequested(3, At(1)), created]).When(Escalate("Legal review")).ThenNothing();
    }

    [Fact]
    public void GivenEscalatedCase_WhenEscalatedWithAnotherName_ThenAlreadyEscalated()
    {
        Given([.. Opened(), .. EscalationRequested(3, At(1))])
            .When(Escalate("Another investigation"))
            .ThenError(DomainErrorKind.Conflict, "already-escalated");
    }

    [Fact]
    public void GivenEscalationGivenUp_WhenEscalatedAgain_ThenANewEscalationIsRequested()
    {
        Given([.. Opened(), .. EscalationRequested(3, At(1)), EffectFailed(Fx(3), At(2)), Note(6, "x", At(2), Runner)])
            .When(Escalate("Second try", null) with { At = At(3) })
            .Then(EscalationRequested(7, At(3), "Second try", null))
            .ThenState(state => Assert.Equal(Fx(7), state.Escalation!.EffectId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void GivenActiveCase_WhenEscalateWithoutName_ThenInvestigationNameInvalid(string name)
    {
        Given(Opened()).When(Escalate(name)).ThenError(DomainErrorKind.Invalid, "investigation-name-invalid");
    }

    [Fact]
    public void GivenActiveCase_WhenEscalateWithNotesOver10000Characters_ThenNoteTextInvalid()
    {
        Given(Opened()).When(Escalate(notes: new string('x', 10_001))).ThenError(DomainErrorKind.Invalid, "note-text-invalid");
    }

    [Fact]
    public void GivenClosedCase_WhenEscalate_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(Escalate()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
