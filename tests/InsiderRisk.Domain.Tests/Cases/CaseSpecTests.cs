using InsiderRisk.Domain.Cases;
using Xunit.Sdk;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>The Given/When/Then helper must fail when the decision differs, or the decider tests prove nothing.</summary>
public sealed class CaseSpecTests
{
    [Fact]
    public void GivenADecision_WhenThenExpectsOtherEvents_ThenTheAssertionFails()
    {
        var outcome = Given(Opened()).When(AddNote("seen"));

        Assert.ThrowsAny<XunitException>(() => outcome.Then(Note(3, "other text", At(1)), ReviewDue(4, At(1))));
        Assert.ThrowsAny<XunitException>(() => outcome.Then(Note(3, "seen", At(2)), ReviewDue(4, At(2))));
        Assert.ThrowsAny<XunitException>(() => outcome.ThenNothing());
        Assert.ThrowsAny<XunitException>(() => outcome.ThenError(DomainErrorKind.Invalid, "note-text-invalid"));
        outcome.Then(Note(3, "seen", At(1)), ReviewDue(4, At(1)));
    }

    [Fact]
    public void GivenARejection_WhenThenExpectsAnotherCode_ThenTheAssertionFails()
    {
        var outcome = Given(Opened()).When(AddNote(""));

        Assert.ThrowsAny<XunitException>(() => outcome.ThenError(DomainErrorKind.Conflict, "note-text-invalid"));
        Assert.ThrowsAny<XunitException>(() => outcome.ThenNothing());
        outcome.ThenError(DomainErrorKind.Invalid, "note-text-invalid");
    }
}
