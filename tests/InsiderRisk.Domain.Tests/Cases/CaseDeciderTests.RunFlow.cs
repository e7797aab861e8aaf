using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenRunConfiguredFlow_ThenFlowRunRequested()
    {
        Given(Opened()).When(RunFlow(FlowName)).Then(FlowRunRequested(3, At(1)));
    }

    [Fact]
    public void GivenActiveCase_WhenRunUnconfiguredFlow_ThenFlowNotConfigured()
    {
        Given(Opened()).When(RunFlow("unknown-flow", configured: false)).ThenError(DomainErrorKind.Invalid, "flow-not-configured");
    }

    [Fact]
    public void GivenActiveCase_WhenRunFlowWithoutName_ThenFlowNameRequired()
    {
        Given(Opened()).When(RunFlow(" ")).ThenError(DomainErrorKind.Invalid, "flow-name-required");
    }

    [Fact]
    public void GivenClosedCase_WhenRunFlow_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(RunFlow()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
