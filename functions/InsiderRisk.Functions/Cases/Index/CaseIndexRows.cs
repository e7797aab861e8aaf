using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>The row form of <see cref="CaseIndexEntry"/>. Property names are a storage format: add, never rename.</summary>
internal static class CaseIndexRows
{
    public const string Version = "Version";
    public const string NameLower = "NameLower";
    public const string OpenedAt = "OpenedAt";
    public const string LastUpdatedAt = "LastUpdatedAt";
    public const string ClosedAt = "ClosedAt";
    public const string CaseId = "CaseId";

    public static TableEntity Of(CaseState state)
    {
        var row = new TableEntity(CaseIndexKeys.StatusPartition(state.Status), CaseIndexKeys.RowKey(state.OpenedAt, state.CaseId))
        {
            [CaseId] = state.CaseId.Value,
            ["Name"] = state.Name,
            [NameLower] = Lower(state.Name),
            ["Status"] = state.Status.ToString(),
            ["User"] = state.User.Value,
            [OpenedAt] = state.OpenedAt.ToUniversalTime(),
            [LastUpdatedAt] = state.LastUpdatedAt.ToUniversalTime(),
            ["LastUpdatedBy"] = state.LastUpdatedBy,
            ["TotalPolicyAlerts"] = state.TotalPolicyAlerts(),
            ["Overdue"] = state.Overdue,
            [Version] = state.Version,
        };
        if (state.Resolution is { } resolution)
        {
            row[ClosedAt] = resolution.ResolvedAt.ToUniversalTime();
        }

        return row;
    }

    public static TableEntity Pointer(string contributorPartition, CaseState state) =>
        new(contributorPartition, CaseIndexKeys.RowKey(state.OpenedAt, state.CaseId)) { [CaseId] = state.CaseId.Value };

    public static CaseIndexEntry Read(TableEntity row) => new(
        new CaseId(row.GetString(CaseId) ?? string.Empty),
        row.GetString("Name") ?? string.Empty,
        Enum.TryParse<CaseStatus>(row.GetString("Status"), out var status) ? status : CaseStatus.Active,
        new UserPseudonym(row.GetString("User") ?? string.Empty),
        row.GetDateTime(OpenedAt) ?? default,
        row.GetDateTime(LastUpdatedAt) ?? default,
        row.GetString("LastUpdatedBy") ?? string.Empty,
        row.GetInt32("TotalPolicyAlerts") ?? 0,
        row.GetBoolean("Overdue") ?? false,
        row.GetDateTime(ClosedAt),
        row.GetInt64(Version) ?? 0);

    /// <summary>Case-insensitive substring search compares both sides in this form.</summary>
    public static string Lower(string text) => text.ToLowerInvariant();
}
