using InsiderRisk.Bench.CaseData;
using InsiderRisk.Domain;

namespace InsiderRisk.Bench.Commands;

/// <summary>
/// The mix the issue asks for: <see cref="CommandsPerCase"/> commands per case on average, 75 % notes,
/// 15 % notices, 10 % resolves; one command in ten goes to one of <see cref="HotCases"/> hot cases, so
/// concurrent writers meet on the same case. A resolve closes its case, so later notices and resolves
/// on it are refused by the decider (counted, not lost). Deterministic for a seed.
/// </summary>
public static class CommandWorkload
{
    public const int CommandsPerCase = 4;
    public const int HotCases = 4;

    public static IReadOnlyList<PlannedCommand> Plan(IReadOnlyList<CaseId> cases, int seed, int firstNumber)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var random = new Random(seed);
        int hot = Math.Min(HotCases, cases.Count);
        var plan = new List<PlannedCommand>(cases.Count * CommandsPerCase);
        for (int i = 0; i < cases.Count * CommandsPerCase; i++)
        {
            int target = random.NextDouble() < 0.1 ? random.Next(hot) : random.Next(cases.Count);
            double kind = random.NextDouble();
            PlannedKind planned = kind < 0.75 ? PlannedKind.Note : kind < 0.9 ? PlannedKind.Notice : PlannedKind.Resolve;
            plan.Add(new PlannedCommand(firstNumber + i, cases[target], planned, random.Next(SyntheticCases.Analysts)));
        }

        return plan;
    }
}
