using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Harness;

/// <summary>Runs each scenario on each selected store it supports, at each scale, one at a time.</summary>
public sealed class BenchRunner(TextWriter log)
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    public async Task<BenchResults> RunAsync(IReadOnlyList<IScenario> scenarios, BenchSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(selection);
        var runs = new List<ScenarioRun>();
        var failures = new List<ScenarioFailure>();
        foreach (IScenario scenario in scenarios)
        {
            foreach (StoreKind store in selection.StoresFor(scenario))
            {
                foreach (double scale in selection.ScalesFor(scenario))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var context = new ScenarioContext(store, scale, selection.Quick, selection.Seed, log, cancellationToken);
                    try
                    {
                        runs.AddRange(await RunOneAsync(scenario, context));
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        log.WriteLine($"   FAILED: {error.GetType().Name}: {error.Message}");
                        failures.Add(new ScenarioFailure(scenario.Name, store, scale, $"{error.GetType().Name}: {error.Message}"));
                    }
                }
            }
        }

        return new BenchResults(runs, failures);
    }

    /// <summary>One run; one <see cref="ScenarioRun"/> per scenario name its figures report under, each with the run's memory.</summary>
    private async Task<IReadOnlyList<ScenarioRun>> RunOneAsync(IScenario scenario, ScenarioContext context)
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {scenario.Name} on {context.Store.Name()} at scale {context.Scale:0.###}"));
        long start = Stopwatch.GetTimestamp();
        IReadOnlyList<Figure> figures;
        MemoryPeak memory;
        using (MemorySampler sampler = MemorySampler.Start(SampleInterval))
        {
            figures = await scenario.RunAsync(context);
            memory = sampler.Stop();
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   done in {elapsed.TotalSeconds:0.0} s"));
        return
        [
            .. figures.GroupBy(figure => figure.Scenario ?? scenario.Name, StringComparer.Ordinal).Select(group =>
                new ScenarioRun(group.Key, context.Store, context.Scale, [.. group, .. MemoryFigures.Of(memory)], memory, elapsed)),
        ];
    }
}
