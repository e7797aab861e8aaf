using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenAddNote_ThenNoteAddedAndReviewDueReset()
    {
        Given(Opened())
            .When(AddNote("Reviewed the copied files") with { By = Investigator, At = At(5) })
            .Then(
                Note(3, "Reviewed the copied files", At(5), Investigator),
                ReviewDue(4, At(5), by: Investigator))
            .ThenState(state =>
            {
                Assert.Equal((At(5), Investigator), (state.LastUpdatedAt, state.LastUpdatedBy));
                Assert.Equal(new CaseNote("n00000003", Investigator, At(5), "Reviewed the copied files"), state.Notes[^1]);
            });
    }

    [Fact]
    public void GivenClosedCase_WhenAddNote_ThenNoteAddedWithoutTimerAndCaseStaysClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))])
            .When(AddNote("Follow-up with HR done") with { At = At(30) })
            .Then(Note(5, "Follow-up with HR done", At(30)))
            .ThenState(state =>
            {
                Assert.Equal(CaseStatus.Closed, state.Status);
                Assert.Null(state.DueAt);
                Assert.Equal(At(30), state.LastUpdatedAt);
            });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void GivenActiveCase_WhenAddNoteWithoutText_ThenNoteTextInvalid(string? text)
    {
        Given(Opened()).When(AddNote(text!)).ThenError(DomainErrorKind.Invalid, "note-text-invalid");
    }

    [Fact]
    public void GivenActiveCase_WhenAddNoteOver10000Characters_ThenNoteTextInvalid()
    {
        Given(Opened()).When(AddNote(new string('x', 10_001))).ThenError(DomainErrorKind.Invalid, "note-text-invalid");
        Given(Opened()).When(AddNote(new string('x', 10_000))).ThenState(state => Assert.Equal(10_000, state.Notes[^1].Text.Length));
    }

    [Fact]
    public void GivenNotesAdded_WhenReadNewestFirst_ThenLatestNoteComesFirst()
    {
        var state = CaseDecider.Replay([.. Opened(), Note(3, "first", At(1)), Note(4, "second", At(2)), Note(5, "third", At(2))]);

        Assert.Equal(["third", "second", "first"], state.NotesNewestFirst().Select(note => note.Text));
    }
}
