namespace InsiderRisk.Functions.Functions;

/// <summary>Every function of the app: the source the function.json files are generated from.</summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        AlertsApiFunction.Definition,
        CasesApiFunction.Definition,
        DashboardApiFunction.Definition,
        UsersApiFunction.Definition,
        SignInsApiFunction.Definition,
        NoticeTemplatesApiFunction.Definition,
        SettingsApiFunction.Definition,
        AdminApiFunction.Definition,
        AuditApiFunction.Definition,
        HealthApiFunction.Definition,
        OpenApiFunction.Definition,
        FlowsApiFunction.Definition,
        IngestAlertsFunction.Definition,
        RunCaseEffectFunction.Definition,
        SweepOutboxFunction.Definition,
        RecomputeRiskScoresFunction.Definition,
        ApplyRiskFeedbackFunction.Definition,
        ContinueRiskRunFunction.Definition,
        PublishCaseEventsFunction.Definition,
    ];

    public static FunctionDefinition? Find(string name) =>
        All.FirstOrDefault(function => string.Equals(function.Name, name, StringComparison.OrdinalIgnoreCase));
}
