using InsiderRisk.Bench.Cli;
using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Tests.Harness;

public sealed class ScenarioCatalogTests
{
    [Fact]
    public void NoNamesSelectsEveryScenario() =>
        Assert.Same(ScenarioCatalog.All, ScenarioCatalog.Select([]));

    [Fact]
    public void NamesAreCaseInsensitive() =>
        Assert.Equal("scoring", Assert.Single(ScenarioCatalog.Select(["Scoring"])).Name);

    [Fact]
    public void ScenarioNamesAreUniqueAndAsTheResultLinesSpellThem() =>
        Assert.All(ScenarioCatalog.All, s =>
        {
            Assert.Contains(s.Name, new[] { "ingest", "recompute", "commands", "reads", "scoring" });
            Assert.Single(ScenarioCatalog.All, other => other.Name == s.Name);
            Assert.All(s.Names, name => Assert.Contains(name, new[] { "ingest", "recompute_full", "recompute_incremental", "commands", "reads", "scoring" }));
        });

    [Fact]
    public void UnknownNamesAreRejected() =>
        Assert.Throws<BenchUsageException>(() => ScenarioCatalog.Select(["scoring", "nope"]));
}
