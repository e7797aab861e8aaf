using System.Collections.Immutable;
using InsiderRisk.Bench.CaseData;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// One seeded case as the decider makes it: opened in the year before <c>now</c>; three in ten get a
/// note from another analyst, three in ten are resolved (so the queue has Closed rows and varied
/// "last updated"). Each step is one accepted command's events (<see cref="Steps"/>[i] from
/// <see cref="Commands"/>[i]), appended as the command path appends them.
/// </summary>
public sealed record CaseHistory(CaseId Id, IReadOnlyList<CaseCommand> Commands, IReadOnlyList<ImmutableArray<CaseEvent>> Steps, CaseState Final)
{
    public static CaseHistory Build(int index, int seed, DateTimeOffset now, CasePolicy policy)
    {
        var random = new Random(HashCode.Combine(seed, index));
        CaseId id = SyntheticCases.Id("r", index);
        DateTimeOffset openedAt = now - TimeSpan.FromDays(365 * random.NextDouble());
        DateTimeOffset noteAt = Min(openedAt + TimeSpan.FromDays(0.05 + 5 * random.NextDouble()), now);
        DateTimeOffset resolvedAt = Min(noteAt + TimeSpan.FromDays(0.05 + 25 * random.NextDouble()), now);
        bool noted = random.NextDouble() < 0.3;
        bool resolved = random.NextDouble() < 0.3;
        string other = SyntheticCases.Analyst(random.Next(SyntheticCases.Analysts));
        var commands = new List<CaseCommand> { SyntheticCases.Open(id, index, openedAt, random) };
        if (noted)
        {
            commands.Add(new CaseCommand.AddNote("Asked the user's manager about the activity.") { CaseId = id, At = noteAt, By = other });
        }

        if (resolved)
        {
            commands.Add(new CaseCommand.Resolve(CaseClassification.Benign, "Business need confirmed.") { CaseId = id, At = resolvedAt, By = other });
        }

        var steps = new List<ImmutableArray<CaseEvent>>(commands.Count);
        CaseState state = CaseState.Initial;
        foreach (CaseCommand command in commands)
        {
            DecisionResult decision = CaseDecider.Decide(command, state, policy);
            if (decision.Error is { } error)
            {
                throw new InvalidOperationException($"The seed's {command.GetType().Name} on {id} was refused: {error.Code}.");
            }

            steps.Add(decision.Events);
            state = CaseDecider.Fold(state, decision.Events);
        }

        return new CaseHistory(id, commands, steps, state);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
