namespace InsiderRisk.Functions.Risk;

/// <summary>The tables and queues of user risk. Names are a storage format: never rename them.</summary>
public static class RiskTables
{
    /// <summary>Assessments: PartitionKey = shard, RowKey = pseudonym.</summary>
    public const string UserRisk = "UserRisk";

    /// <summary>Feedback state (<c>UserRiskProfile</c> JSON): PartitionKey = shard, RowKey = pseudonym.</summary>
    public const string Profiles = "UserRiskProfiles";

    /// <summary>Sign-in → user: PartitionKey = sign-in id, RowKey = <c>signin</c>.</summary>
    public const string SignIns = "SignIns";

    /// <summary>Users whose inputs changed since their last assessment: PartitionKey = shard, RowKey = pseudonym.</summary>
    public const string Dirty = "RiskDirty";

    /// <summary>When assessments age out: PartitionKey = UTC day (<c>yyyyMMdd</c>) of ValidUntil, RowKey = pseudonym.</summary>
    public const string Expiry = "RiskExpiry";

    /// <summary>Recompute runs (PartitionKey <c>runs</c>) and run bookkeeping (PartitionKey <c>meta</c>).</summary>
    public const string Runs = "RiskRuns";

    /// <summary>Classification of the case an alert was resolved in: PartitionKey = alert id, RowKey = <c>outcome</c>.</summary>
    public const string CaseOutcomes = "CaseOutcomes";

    /// <summary>Storage queue: <c>{"user": pseudonym}</c>, a user to rescore promptly after feedback.</summary>
    public const string FeedbackQueue = "risk-feedback";

    /// <summary>Storage queue: <c>{"runId": id}</c>, a recompute run to start or resume.</summary>
    public const string RunsQueue = "risk-runs";

    public static IReadOnlyList<string> AllTables { get; } = [UserRisk, Profiles, SignIns, Dirty, Expiry, Runs, CaseOutcomes];
}
