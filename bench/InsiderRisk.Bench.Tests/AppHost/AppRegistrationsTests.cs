using System.Text.RegularExpressions;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Bench.Tests.AppHost;

public sealed partial class AppRegistrationsTests
{
    [Fact]
    public void GivenTheAppsProgram_WhenItsRegistrationsAreRead_ThenTheBenchMakesTheSameCallsInTheSameOrder()
    {
        var program = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "functions", "InsiderRisk.Functions", "Program.cs"));
        string[] called = [.. ServiceCall().Matches(program).Select(match => match.Groups[1].Value)];

        Assert.NotEmpty(called);
        Assert.Equal(called, AppRegistrations.Steps.Select(step => step.Name));
    }

    [GeneratedRegex(@"builder\.Services\.(\w+)\(")]
    private static partial Regex ServiceCall();
}
