using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>
/// Table <see cref="Table"/>: one row per case in the partition of its status, RowKey = inverted open
/// time + case id, so a partition reads newest first and an "opened between" filter is a key range.
/// Each contributor has a partition of pointers (same RowKey) to the cases they were added to.
/// </summary>
public static class CaseIndexKeys
{
    public const string Table = "CaseIndex";

    private const string ContributorPrefix = "contributor-";

    public static string StatusPartition(CaseStatus status) => status.ToString();

    public static string RowKey(DateTimeOffset openedAt, CaseId caseId) => OpenedBound(openedAt) + "-" + caseId.Value;

    /// <summary>
    /// The RowKey prefix of a case opened at <paramref name="openedAt"/>: later opens sort first, so
    /// "opened at or after t" is "RowKey below OpenedBound(t) + 1 tick" and "opened before t" is "RowKey at or above OpenedBound(t) + 1 tick".
    /// </summary>
    public static string OpenedBound(DateTimeOffset openedAt) =>
        (DateTimeOffset.MaxValue.UtcTicks - openedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Contributor ids compare case-insensitively and may hold characters a key may not: the partition uses a hash.</summary>
    public static string ContributorPartition(string userId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(UserIds.Normalize(userId)));
        return ContributorPrefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
