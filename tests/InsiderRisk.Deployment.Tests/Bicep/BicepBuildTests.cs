using System.Reflection;
using InsiderRisk.Deployment.Tests.Support;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// The real Bicep compiler (restored as the NuGet package Azure.Bicep.CommandLine.linux-x64) builds
/// and lints the templates with no warnings; its type definitions catch unknown properties and values.
/// </summary>
public sealed class BicepBuildTests
{
    private const string Package = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Bicep_builds_main_bicep_without_warnings()
    {
        var result = await BicepAsync("build", BicepModel.MainPath, "--stdout");

        Assert.True(result.ExitCode == 0, $"bicep build failed:\n{result.Output}");
        Assert.Contains("\"$schema\"", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(") : Warning ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(") : Error ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bicep_lints_main_bicep_clean()
    {
        var result = await BicepAsync("lint", BicepModel.MainPath);

        Assert.True(result.ExitCode == 0, $"bicep lint failed:\n{result.Output}");
        Assert.DoesNotContain(") : Warning ", result.Output, StringComparison.Ordinal);
    }

    private static Task<ProcessResult> BicepAsync(params string[] arguments)
    {
        Assert.True(OperatingSystem.IsLinux(), "The Bicep CLI restored here is the linux-x64 build.");
        var packages = typeof(BicepBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NuGetPackageRoot").Value!;
        var bicep = Path.Combine(packages, Package, Version, "tools", "bicep");
        Assert.True(File.Exists(bicep), $"{bicep} is missing; the test project's PackageDownload restores it.");
        return ProcessRunner.RunAsync(bicep, arguments, Repository.Root, Timeout, new Dictionary<string, string?> { ["BICEP_TRACING_ENABLED"] = null });
    }
}
