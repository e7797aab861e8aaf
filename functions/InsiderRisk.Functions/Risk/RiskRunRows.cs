using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>The <c>RiskRuns</c> row of a run. Property names are a storage format.</summary>
internal static class RiskRunRows
{
    public const string Partition = "runs";

    public static TableEntity ToRow(RiskRun run) => new(Partition, run.RunId)
    {
        ["State"] = run.State.ToString(),
        ["Trigger"] = run.Trigger.ToString(),
        ["CreatedAt"] = run.CreatedAt,
        ["StartedAt"] = run.StartedAt,
        ["CompletedAt"] = run.CompletedAt,
        ["Full"] = run.Full,
        ["SettingsStamp"] = run.SettingsStamp,
        ["Pass"] = run.Pass.ToString(),
        ["Segment"] = run.Segment,
        ["AfterPartitionKey"] = run.AfterPartitionKey,
        ["AfterRowKey"] = run.AfterRowKey,
        ["UsersTotal"] = run.UsersTotal,
        ["UsersScored"] = run.UsersScored,
        ["UsersRescored"] = run.UsersRescored,
        ["LeaseUntil"] = run.LeaseUntil,
        ["Slices"] = run.Slices,
    };

    public static RiskRun FromRow(TableEntity row) => new()
    {
        RunId = row.RowKey,
        State = Enum.Parse<RiskRunState>(row.GetString("State") ?? nameof(RiskRunState.Queued)),
        Trigger = Enum.Parse<RiskRunTrigger>(row.GetString("Trigger") ?? nameof(RiskRunTrigger.Manual)),
        CreatedAt = row.GetDateTime("CreatedAt") ?? DateTimeOffset.MinValue,
        StartedAt = row.GetDateTime("StartedAt"),
        CompletedAt = row.GetDateTime("CompletedAt"),
        Full = row.GetBoolean("Full") ?? false,
        SettingsStamp = row.GetInt64("SettingsStamp") ?? 0,
        Pass = Enum.Parse<RiskRunPass>(row.GetString("Pass") ?? nameof(RiskRunPass.Count)),
        Segment = row.GetInt32("Segment") ?? 0,
        AfterPartitionKey = row.GetString("AfterPartitionKey"),
        AfterRowKey = row.GetString("AfterRowKey"),
        UsersTotal = row.GetInt64("UsersTotal") ?? 0,
        UsersScored = row.GetInt64("UsersScored") ?? 0,
        UsersRescored = row.GetInt64("UsersRescored") ?? 0,
        LeaseUntil = row.GetDateTime("LeaseUntil"),
        Slices = row.GetInt32("Slices") ?? 0,
        ETag = row.ETag,
    };
}
