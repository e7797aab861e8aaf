using InsiderRisk.Domain.Access;

namespace InsiderRisk.Domain.Tests.Access;

internal static class Builders
{
    public static readonly CaseId OwnCaseId = new("case-0001");

    public static Principal Caller(params Role[] roles) => Caller("megan@contoso.com", roles);

    public static Principal Caller(string userId, params Role[] roles) => new(userId, roles.ToHashSet());

    /// <summary>A case whose explicit contributors include megan@contoso.com (the default caller).</summary>
    public static CaseAccess CaseListingCaller() => new(OwnCaseId, ["diego@contoso.com", "megan@contoso.com"]);

    /// <summary>Another case, on which the default caller is not listed.</summary>
    public static CaseAccess OtherCase() => new(new CaseId("case-0002"), ["diego@contoso.com"]);
}
