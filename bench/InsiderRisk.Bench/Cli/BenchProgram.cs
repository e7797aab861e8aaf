using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Micro;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Cli;

/// <summary>The command line end to end: parse, run, report. Returns the process exit code.</summary>
public static class BenchProgram
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchOptions options;
        IReadOnlyList<IScenario> scenarios;
        try
        {
            options = BenchOptionsParser.Parse(args);
            scenarios = ScenarioCatalog.Select(options.Scenarios);
        }
        catch (BenchUsageException error)
        {
            output.WriteLine(error.Message);
            output.WriteLine(BenchUsage.Text);
            return 2;
        }

        switch (options.Command)
        {
            case BenchCommand.Help:
                output.WriteLine(BenchUsage.Text);
                return 0;
            case BenchCommand.List:
                foreach (IScenario scenario in ScenarioCatalog.All)
                {
                    output.WriteLine($"{scenario.Name,-24} [{string.Join(", ", scenario.Stores.Select(s => s.Name()))}] {scenario.Description}");
                }

                return 0;
            case BenchCommand.Micro:
                return MicroRunner.Run(options.Selection.Quick, output);
            default:
                return await RunScenariosAsync(scenarios, options.Selection, output, cancellationToken);
        }
    }

    private static async Task<int> RunScenariosAsync(IReadOnlyList<IScenario> scenarios, BenchSelection selection, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"InsiderRisk bench: {(selection.Quick ? "quick" : "full")} run of {string.Join(", ", scenarios.Select(s => s.Name))}; "
            + $"stores {string.Join(", ", selection.Stores.Select(s => s.Name()))}; scales {string.Join(", ", selection.Scales)}; seed {selection.Seed}");
        foreach (string line in MachineInfo.Describe())
        {
            output.WriteLine(line);
        }

        BenchResults results = await new BenchRunner(output).RunAsync(scenarios, selection, cancellationToken);
        ResultTables.Write(output, results);
        output.WriteLine();
        foreach (string line in ResultLines.For(results))
        {
            output.WriteLine(line);
        }

        return results.Failures.Count == 0 ? 0 : 1;
    }
}
