using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Index;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// The case-queue requests the reads rotate through, as <c>GET /api/cases</c> binds them: the whole
/// queue; filters by status, opened and updated ranges; and two text searches, one matching a case in
/// ten ("exfil") and one a case in eighty among the Active ones (which reads up to the 5,000-row cap).
/// </summary>
public static class CaseQueueQueries
{
    public static IReadOnlyList<(string Name, CaseListQuery Query)> For(DateTimeOffset now) =>
    [
        ("all", new CaseListQuery()),
        ("active-opened-90d", new CaseListQuery { Statuses = [CaseStatus.Active], OpenedFrom = now.AddDays(-90), OpenedTo = now }),
        ("closed-updated-30d", new CaseListQuery { Statuses = [CaseStatus.Closed], UpdatedFrom = now.AddDays(-60), UpdatedTo = now.AddDays(-30) }),
        ("search-exfil", new CaseListQuery { Text = CaseIndexRows.Lower("exfil") }),
        ("active-search-cloud-legal", new CaseListQuery { Statuses = [CaseStatus.Active], Text = CaseIndexRows.Lower("Cloud upload - Legal") }),
        ("opened-30d-window", new CaseListQuery { OpenedFrom = now.AddDays(-200), OpenedTo = now.AddDays(-170) }),
    ];

    public static bool IsTextSearch(CaseListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Text is not null;
    }
}
