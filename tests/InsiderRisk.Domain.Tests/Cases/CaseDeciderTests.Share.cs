using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenShareWithServiceNow_ThenIncidentRequested()
    {
        Given(Opened()).When(Share(ShareTarget.ServiceNow)).Then(ServiceNowShareRequested(3, At(1)));
    }

    [Fact]
    public void GivenActiveCase_WhenShareByEmail_ThenEmailToTheRecipientRequested()
    {
        Given(Opened()).When(Share(ShareTarget.Email, HrMailbox)).Then(EmailShareRequested(3, At(1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void GivenActiveCase_WhenShareByEmailWithoutRecipient_ThenShareRecipientRequired(string? recipient)
    {
        Given(Opened()).When(Share(ShareTarget.Email, recipient)).ThenError(DomainErrorKind.Invalid, "share-recipient-required");
    }

    [Fact]
    public void GivenActiveCase_WhenShareWithUnknownTarget_ThenShareTargetInvalid()
    {
        Given(Opened()).When(Share((ShareTarget)7)).ThenError(DomainErrorKind.Invalid, "share-target-invalid");
    }

    [Fact]
    public void GivenClosedCase_WhenShare_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(Share()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
