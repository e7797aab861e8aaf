using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// The investigated user's last computed risk, as the risk area keeps it (table <c>UserRisk</c>,
/// PartitionKey = <see cref="RiskShards.For"/>, RowKey = pseudonym): one point read of two properties.
/// Null until the user was first scored.
/// </summary>
public sealed class CaseUserRisk(ITableStore tables)
{
    public async Task<(int Score, RiskLevel Level)?> FindAsync(UserPseudonym user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.Value))
        {
            return null;
        }

        var row = await tables.GetAsync(RiskTables.UserRisk, RiskShards.For(user), user.Value, ["Score", "Level"], cancellationToken);
        return row?.GetInt32("Score") is { } score && Enum.TryParse<RiskLevel>(row.GetString("Level"), out var level)
            ? (score, level)
            : null;
    }
}
