using InsiderRisk.Functions.OpenApi.Bodies;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// What the endpoints' metadata cannot say about the designer experience: which actions are the main
/// ones, which are rarely used or only feed pickers, which inputs are rare, and where pickers get
/// their choices. Keyed by endpoint name (<c>WithName</c>) and by parameter or body property name.
/// </summary>
public static class ConnectorHints
{
    public const string Important = "important";
    public const string Advanced = "advanced";
    public const string Internal = "internal";

    public const string ListFlows = "ListFlows";
    public const string ListNoticeTemplates = "ListNoticeTemplates";

    public static IReadOnlyDictionary<string, string> OperationVisibility { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The triage and case actions flows are built from.
        ["ListAlerts"] = Important,
        ["GetAlert"] = Important,
        ["ConfirmAlert"] = Important,
        ["DismissAlert"] = Important,
        ["ListCases"] = Important,
        ["GetCase"] = Important,
        ["AddCaseNote"] = Important,
        ["SendCaseNotice"] = Important,
        ["RunCaseFlow"] = Important,
        ["ResolveCase"] = Important,

        // Sources of pickers, not actions of their own.
        [ListFlows] = Internal,
        [ListNoticeTemplates] = Internal,

        // Administration, audit and diagnostics.
        ["GetHealth"] = Advanced,
        ["GetSettings"] = Advanced,
        ["PutSettings"] = Advanced,
        ["GetNoticeTemplate"] = Advanced,
        ["PutNoticeTemplate"] = Advanced,
        ["RecomputeRiskScores"] = Advanced,
        ["GetRiskRun"] = Advanced,
        ["QueryAudit"] = Advanced,
        ["ListInvalidAlertMessages"] = Advanced,
        ["IngestAlerts"] = Advanced,
        ["GetCaseHistory"] = Advanced,
        ["ListCaseEffects"] = Advanced,
        ["GetSentEffect"] = Advanced,
        ["ListPublishedCaseEvents"] = Advanced,
        ["RevealUser"] = Advanced,
    };

    /// <summary>Endpoints left out of the connector: an action that can only fail has no place in a flow.</summary>
    public static IReadOnlySet<string> Unpublished { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Notes are permanent: PUT/PATCH/DELETE on a note always answer 405.
        "ChangeCaseNote",
    };

    /// <summary>Query and header parameters that refine a list rarely.</summary>
    public static IReadOnlyDictionary<string, string> ParameterVisibility { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pageSize"] = Advanced,
        ["continuationToken"] = Advanced,
        ["openedFrom"] = Advanced,
        ["openedTo"] = Advanced,
        ["updatedFrom"] = Advanced,
        ["updatedTo"] = Advanced,
        ["minRiskScore"] = Advanced,
        ["source"] = Advanced,
        ["kind"] = Advanced,
    };

    /// <summary>Request body fields an action is about, in every body that has them.</summary>
    public static IReadOnlyDictionary<string, string> PropertyVisibility { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["templateName"] = Important,
        ["flowName"] = Important,
        ["alertIds"] = Important,
        ["caseName"] = Important,
        ["reason"] = Important,
        ["classification"] = Important,
        ["actionTaken"] = Important,
        ["investigationName"] = Important,
        ["target"] = Important,
    };

    /// <summary>Rarely used body fields of one action (by endpoint name), e.g. a notice's per-send overrides.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> AdvancedProperties { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["SendCaseNotice"] = new HashSet<string>(StringComparer.Ordinal) { "subject", "body", "cc" },
    };

    /// <summary>Inputs whose value is picked from a list the app serves.</summary>
    public static IReadOnlyDictionary<string, DynamicValuesSource> DynamicValues { get; } = new Dictionary<string, DynamicValuesSource>(StringComparer.Ordinal)
    {
        ["templateName"] = new(ListNoticeTemplates, "name"),
        ["flowName"] = new(ListFlows, "name"),
    };

    /// <summary>
    /// Bodies of endpoints that read their JSON themselves (to answer per-field errors), so their
    /// metadata declares none. Used only while an endpoint declares no body of its own.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> RequestBodies { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["ConfirmAlert"] = typeof(ConfirmAlertBody),
        ["DismissAlert"] = typeof(DismissAlertBody),
        ["BulkConfirmAlerts"] = typeof(BulkConfirmAlertsBody),
        ["BulkDismissAlerts"] = typeof(BulkDismissAlertsBody),
    };
}
