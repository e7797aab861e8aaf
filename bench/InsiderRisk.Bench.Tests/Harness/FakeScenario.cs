using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Harness;

/// <summary>An in-memory scenario whose figures are its scale, so the runner's bookkeeping can be checked.</summary>
internal sealed class FakeScenario(
    string name,
    IReadOnlySet<StoreKind> stores,
    Func<ScenarioContext, IReadOnlyList<Figure>> run,
    IReadOnlyList<string>? names = null,
    IReadOnlyList<double>? quickScales = null) : IScenario
{
    public List<ScenarioContext> Calls { get; } = [];

    public string Name => name;

    public IReadOnlyList<string> Names => names ?? [name];

    public IReadOnlyList<double>? QuickScales => quickScales;

    public string Description => "fake";

    public IReadOnlySet<StoreKind> Stores => stores;

    public Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        Calls.Add(context);
        return Task.FromResult(run(context));
    }
}
