using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Demo;

/// <summary>The notice templates a first-time user finds (placeholders as the notice renderer reads them).</summary>
public static class DemoTemplates
{
    public const string Reminder = "Data handling reminder";
    public const string ManagerHeadsUp = "Manager heads-up";

    /// <summary>What <c>{{organization}}</c> says in the demo, unless an admin already named the organization.</summary>
    public const string Organization = "Contoso";

    public static IReadOnlyList<NoticeTemplate> All { get; } =
    [
        new(
            Reminder,
            "compliance@contoso.test",
            "A reminder about handling {{organization}} data",
            "Hello {{userDisplayName}},\n\nOur monitoring noticed activity that our data handling policies cover ({{policyNames}}). " +
            "Please keep confidential files inside {{organization}}'s approved locations and contact the compliance team with any question.\n\n" +
            "Thank you,\nCompliance team",
            [],
            []),
        new(
            ManagerHeadsUp,
            "compliance@contoso.test",
            "For your awareness: {{caseName}}",
            "Hello {{managerName}},\n\nThe compliance team is reviewing recent activity of one of your reports. No action is needed from you yet; " +
            "we will reach out if we need your help.\n\nCompliance team",
            ["hr@contoso.test"],
            []),
    ];
}
