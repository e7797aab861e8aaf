using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCaseWithoutTeam_WhenCreateTeam_ThenTeamCreationRequested()
    {
        Given(Opened())
            .When(CreateTeam())
            .Then(TeamCreationRequested(3, At(1)))
            .ThenState(state => Assert.Equal(new CaseTeam(Fx(3), null, null, false), state.Team));
    }

    [Fact]
    public void GivenTeamBeingCreated_WhenCreateTeam_ThenNothing()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1))]).When(CreateTeam()).ThenNothing();
    }

    [Fact]
    public void GivenTeamCreated_WhenCreateTeam_ThenNothing()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1)), TeamCreated(Fx(3), At(2))]).When(CreateTeam()).ThenNothing();
    }

    [Fact]
    public void GivenCaseOpenedWithTeamsIntegration_WhenCreateTeam_ThenNothing()
    {
        var policy = CasePolicy.Default with { TeamsIntegrationEnabled = true };
        var opened = Given().With(policy).When(OpenCase()).Decision.Events;

        Given([.. opened]).With(policy).When(CreateTeam()).ThenNothing();
    }

    [Fact]
    public void GivenTeamCreationGivenUp_WhenCreateTeam_ThenANewTeamIsRequested()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1)), EffectFailed(Fx(3), At(2)), Note(6, "x", At(2), Runner)])
            .When(CreateTeam() with { At = At(3) })
            .Then(TeamCreationRequested(7, At(3)));
    }

    [Fact]
    public void GivenClosedCase_WhenCreateTeam_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(CreateTeam()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
