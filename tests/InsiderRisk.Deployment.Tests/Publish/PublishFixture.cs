using InsiderRisk.Deployment.Tests.Support;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>
/// Runs the package script once per test run, as azd's prepackage hook runs it: a self-contained
/// linux-x64 publish (<c>dotnet publish functions/InsiderRisk.Functions -c Release -r linux-x64
/// --self-contained</c>) into a temporary folder, then the zip. Slow (a full Release build), so shared.
/// </summary>
public sealed class PublishFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public string Root { get; } = Directory.CreateTempSubdirectory("insiderrisk-publish-").FullName;

    /// <summary>The Functions app folder: what the zip holds and the host's script root.</summary>
    public string AppDirectory => Path.Combine(Root, "app");

    public string ZipPath => Path.Combine(Root, "insiderrisk-api.zip");

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string?> { ["INSIDERRISK_PUBLISH_ROOT"] = Root };
        // The test host's own MSBuild variables must not leak into the nested build.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)))
        {
            environment[name] = null;
        }

        var result = await ProcessRunner.RunAsync("sh", [Repository.PathOf("infra/scripts/package.sh")], Repository.Root, Timeout, environment);
        Assert.True(result.ExitCode == 0, $"infra/scripts/package.sh failed with exit code {result.ExitCode}:\n{result.Output}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
