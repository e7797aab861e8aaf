using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    public static TheoryData<string> ClosedRejects =>
        [.. Actions.Where(name => name != "AddNote")];

    [Theory]
    [MemberData(nameof(ClosedRejects))]
    public void GivenClosedCase_WhenAnyActionButANote_ThenCaseClosedWithAClearMessage(string name)
    {
        var outcome = Given([.. Opened(), .. Resolved(3, At(1))]).When(Command(name)).ThenError(DomainErrorKind.Conflict, "case-closed");

        Assert.Contains("closed", outcome.Decision.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("notes only", outcome.Decision.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CaseCommandNames), MemberType = typeof(Builders))]
    public void GivenNoCase_WhenAnyCommandButOpenCase_ThenCaseNotFound(string name)
    {
        Given().When(Command(name)).ThenError(DomainErrorKind.NotFound, "case-not-found");
    }

    [Fact]
    public void GivenOpenedCase_WhenCommandNamesAnotherCase_ThenCaseIdMismatch()
    {
        Given(Opened())
            .When(AddNote() with { CaseId = new CaseId("case-0002") })
            .ThenError(DomainErrorKind.Invalid, "case-id-mismatch");
    }
}
