using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenAddContributor_ThenContributorListedAfterOpener()
    {
        Given(Opened())
            .When(AddContributor(Investigator))
            .Then(ContributorAdded(3, At(1), Investigator))
            .ThenState(state => Assert.Equal<string>([Analyst, Investigator], state.Contributors));
    }

    [Theory]
    [InlineData(Analyst)]
    [InlineData("ANALYST@contoso.com")]
    public void GivenContributor_WhenAddedAgain_ThenNothing(string userId)
    {
        Given(Opened()).When(AddContributor(userId)).ThenNothing();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void GivenActiveCase_WhenAddContributorWithoutUserId_ThenContributorInvalid(string userId)
    {
        Given(Opened()).When(AddContributor(userId)).ThenError(DomainErrorKind.Invalid, "contributor-invalid");
    }

    [Fact]
    public void GivenClosedCase_WhenAddContributor_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(AddContributor()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
