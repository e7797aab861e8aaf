using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenAProcessedUser_WhenFeedbackIsApplied_ThenPendingWithANewVersion()
    {
        UserRiskProfile profile = UserRiskProfile.Empty.Given(UserCompromised(), Now);

        Assert.Equal((1L, RiskProcessingState.Pending), (profile.Version, profile.ProcessingState));
    }

    [Fact]
    public void GivenPendingFeedback_WhenThatVersionIsAssessed_ThenProcessed()
    {
        UserRiskProfile profile = UserRiskProfile.Empty.Given(UserCompromised(), Now);

        UserRiskProfile processed = profile.MarkProcessed(Assess(profile, []));

        Assert.Equal(RiskProcessingState.Processed, processed.ProcessingState);
    }

    [Fact]
    public void GivenFeedbackArrivedDuringAnAssessment_WhenTheOlderAssessmentIsStored_ThenStillPending()
    {
        UserRiskProfile assessed = UserRiskProfile.Empty.Given(UserCompromised(), DaysAgo(1));
        UserRiskAssessment assessment = Assess(assessed, []);
        UserRiskProfile newer = assessed.Given(SignInSafe("s1"), Now);

        Assert.Equal(RiskProcessingState.Pending, newer.MarkProcessed(assessment).ProcessingState);
    }

    [Fact]
    public void GivenFeedbackAlreadyApplied_WhenRepeated_ThenNothingChanges()
    {
        UserRiskProfile profile = Profile((UserCompromised(), DaysAgo(2)), (SignInSafe("s1"), DaysAgo(2)));
        UserRiskProfile processed = profile.MarkProcessed(Assess(profile, []));

        Assert.Same(processed, processed.Given(UserCompromised(), Now));
        Assert.Same(processed, processed.Given(SignInSafe("s1"), Now));
        Assert.Equal(DaysAgo(2), processed.CompromisedAt);
    }
}
