using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    public static TheoryData<string> ActionNames => [.. Actions];

    private static IEnumerable<string> Actions =>
        CommandNames.Where(name => !name.StartsWith("Record", StringComparison.Ordinal) && name != "FireReviewTimer");

    [Theory]
    [MemberData(nameof(ActionNames))]
    public void GivenCommandProcessedWithRequestId_WhenRetriedWithTheSameRequestId_ThenNothing(string name)
    {
        var command = Command(name) with { RequestId = "request-1" };
        var first = Given(Opened()).When(command);
        Assert.NotEmpty(first.Decision.Events);
        Assert.All(first.Decision.Events, e => Assert.Equal("request-1", e.RequestId));

        Given([.. Opened(), .. first.Decision.Events]).When(command).ThenNothing();
    }

    [Fact]
    public void GivenNoteAddedByRequest_WhenAnotherRequestAddsTheSameText_ThenItIsAddedAgain()
    {
        var first = Given(Opened()).When(AddNote("same text") with { RequestId = "request-1" }).Decision.Events;

        Given([.. Opened(), .. first])
            .When(AddNote("same text") with { RequestId = "request-2" })
            .ThenState(state => Assert.Equal(2, state.Notes.Length));
    }

    [Fact]
    public void GivenRejectedCommand_WhenRetriedWithTheSameRequestId_ThenItIsDecidedAgain()
    {
        Given(Opened()).When(AddNote("") with { RequestId = "request-1" }).ThenError(DomainErrorKind.Invalid, "note-text-invalid");

        Given(Opened())
            .When(AddNote("fixed") with { RequestId = "request-1" })
            .ThenState(state => Assert.Contains("request-1", state.ProcessedRequestIds));
    }

    [Fact]
    public void GivenResolvedByRequest_WhenTheResolveIsRetried_ThenNothingRatherThanCaseClosed()
    {
        var resolve = Resolve() with { RequestId = "resolve-1" };
        var resolved = Given(Opened()).When(resolve).Decision.Events;

        Given([.. Opened(), .. resolved]).When(resolve).ThenNothing();
        Given([.. Opened(), .. resolved]).When(resolve with { RequestId = "resolve-2" }).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
