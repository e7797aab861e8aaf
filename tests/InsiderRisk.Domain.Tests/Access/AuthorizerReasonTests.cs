using InsiderRisk.Domain.Access;
using static InsiderRisk.Domain.Tests.Access.Builders;

namespace InsiderRisk.Domain.Tests.Access;

public sealed class AuthorizerReasonTests
{
    [Fact]
    public void GivenAGrantingRole_WhenAuthorized_ThenTheReasonNamesRoleAndCapability()
    {
        var decision = Authorizer.Authorize(Caller(Role.Investigator), Capability.ViewContent, null);

        Assert.Equal(new AccessDecision(true, "Role Investigator grants ViewContent."), decision);
    }

    [Fact]
    public void GivenARoleThatDoesNotGrant_WhenDenied_ThenTheReasonNamesRoleCapabilityAndWhoHasIt()
    {
        var decision = Authorizer.Authorize(Caller(Role.Analyst), Capability.ViewContent, null);

        Assert.Equal(
            new AccessDecision(false, "Denied ViewContent: role Analyst does not grant it. ViewContent needs role Investigator."),
            decision);
    }

    [Fact]
    public void GivenSeveralRolesThatDoNotGrant_WhenDenied_ThenEachRoleIsNamed()
    {
        var decision = Authorizer.Authorize(Caller(Role.Auditor, Role.Admin), Capability.TriageAlerts, null);

        Assert.Equal(
            "Denied TriageAlerts: roles Admin, Auditor do not grant it. TriageAlerts needs role Analyst or Investigator.",
            decision.Reason);
    }

    [Fact]
    public void GivenAContributor_WhenAllowedOnTheirCase_ThenTheReasonNamesTheCase()
    {
        var decision = Authorizer.Authorize(Caller(), Capability.ActOnCase, CaseListingCaller());

        Assert.Equal("Contributors of case case-0001 have ActOnCase on that case.", decision.Reason);
    }

    [Fact]
    public void GivenAContributor_WhenDeniedTriageOnTheirCase_ThenTheReasonSaysWhatContributorsMayDo()
    {
        var decision = Authorizer.Authorize(Caller(), Capability.TriageAlerts, CaseListingCaller());

        Assert.False(decision.Allowed);
        Assert.Equal(
            "Denied TriageAlerts: the caller has no role. TriageAlerts needs role Analyst or Investigator. " +
            "Contributors of case case-0001 may only ViewCases and ActOnCase on it.",
            decision.Reason);
    }

    [Fact]
    public void GivenACallerNotListedOnTheCase_WhenDenied_ThenTheReasonSaysSoWithoutNamingTheCaller()
    {
        var decision = Authorizer.Authorize(Caller(), Capability.ViewCases, OtherCase());

        Assert.EndsWith("The caller is not a contributor of case case-0002.", decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("megan", decision.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenAContributorListedWithOtherCaseAndSpaces_WhenAuthorized_ThenTheyStillMatch()
    {
        var access = new CaseAccess(OwnCaseId, [" Megan@Contoso.COM "]);

        Assert.True(Authorizer.Authorize(Caller("megan@contoso.com"), Capability.ViewCases, access).Allowed);
    }

    [Fact]
    public void GivenABlankCallerAndABlankContributorEntry_WhenAuthorized_ThenItIsDenied()
    {
        var access = new CaseAccess(OwnCaseId, [""]);

        Assert.False(Authorizer.Authorize(Caller(""), Capability.ViewCases, access).Allowed);
    }

    [Fact]
    public void GivenAnUndefinedRoleValue_WhenAuthorized_ThenItGrantsNothing()
    {
        var decision = Authorizer.Authorize(Caller((Role)42), Capability.ViewCases, null);

        Assert.Equal("Denied ViewCases: the caller has no role. ViewCases needs role Analyst or Investigator.", decision.Reason);
    }
}
