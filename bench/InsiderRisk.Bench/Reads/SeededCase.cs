using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Index;

namespace InsiderRisk.Bench.Reads;

/// <summary>A seeded case the reads pick from: enough to find its index row by key.</summary>
public sealed record SeededCase(CaseId Id, CaseStatus Status, DateTimeOffset OpenedAt)
{
    public string Partition => CaseIndexKeys.StatusPartition(Status);

    public string RowKey => CaseIndexKeys.RowKey(OpenedAt, Id);
}
