using InsiderRisk.Bench.CaseData;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Bench.Commands;

/// <summary>Opens the scenario's cases through the command path (untimed), recording their events in the ledger.</summary>
public sealed class CaseOpener(ICaseCommands commands, EventLedger ledger)
{
    private const int Parallelism = 16;

    public async Task<IReadOnlyList<CaseId>> OpenAsync(string set, int count, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        CaseCommand.OpenCase[] opens = [.. Enumerable.Range(0, count).Select(i => SyntheticCases.Open(SyntheticCases.Id(set, i), i, now, random))];
        await Parallel.ForEachAsync(
            opens,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (open, token) =>
            {
                CaseCommandResult result = await commands.ExecuteAsync(open, token);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Opening {open.CaseId} was refused: {result.Error!.Code}.");
                }

                ledger.Add(open.CaseId.Value, result.Events);
            });
        return [.. opens.Select(open => open.CaseId)];
    }
}
