using InsiderRisk.Domain.Privacy;
using static InsiderRisk.Domain.Tests.Privacy.Builders;

namespace InsiderRisk.Domain.Tests.Privacy;

public sealed class UserViewsTests
{
    [Fact]
    public void GivenPseudonymization_WhenShowingAUser_ThenOnlyThePseudonymIsShown()
    {
        var pseudonym = KeyedPseudonymizer().Pseudonymize("alex.wilber@contoso.com").Value;

        var view = UserViews.Show(Alex(), pseudonymize: true, KeyedPseudonymizer());

        Assert.Equal(new UserView(pseudonym, pseudonym, null, null, null, null), view);
    }

    [Fact]
    public void GivenPseudonymization_WhenShowingAUser_ThenNoRealFieldAppearsAnywhere()
    {
        var view = UserViews.Show(Alex(), pseudonymize: true, KeyedPseudonymizer());

        var shown = string.Join("|", view.Id, view.DisplayName, view.Email, view.Department, view.Manager, view.ManagerEmail);
        Assert.DoesNotContain("alex", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Finance", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", shown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenNoPseudonymization_WhenShowingAUser_ThenTheRealFieldsAreShown()
    {
        var view = UserViews.Show(Alex(), pseudonymize: false, KeyedPseudonymizer());

        Assert.Equal(
            new UserView("alex.wilber@contoso.com", "Alex Wilber", "alex.wilber@contoso.com", "Finance", "Megan Bowen", "megan.bowen@contoso.com"),
            view);
    }

    [Fact]
    public void GivenAReveal_WhenShowingAUser_ThenItEqualsTheUnpseudonymizedView()
    {
        Assert.Equal(UserViews.Show(Alex(), pseudonymize: false, KeyedPseudonymizer()), UserViews.Revealed(Alex()));
    }

    [Fact]
    public void GivenAUserWithoutDirectoryDetails_WhenShownUnpseudonymized_ThenMissingFieldsStayEmpty()
    {
        var view = UserViews.Show(new UserIdentity("0a1b2c3d", null, null, null, null, null), pseudonymize: false, KeyedPseudonymizer());

        Assert.Equal(new UserView("0a1b2c3d", null, null, null, null, null), view);
    }
}
