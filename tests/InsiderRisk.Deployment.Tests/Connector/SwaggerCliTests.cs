using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>
/// swagger-cli (pinned in package.json, installed with <c>npm ci</c> when missing) validates the
/// definition against the Swagger 2.0 schema and its rules (unique operationIds, declared path
/// parameters, resolvable references). Not being able to run it fails the test.
/// </summary>
public sealed class SwaggerCliTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Swagger_cli_validates_the_checked_in_definition()
    {
        var result = await ValidateAsync(Repository.PathOf(Repository.ConnectorDefinition));

        Assert.True(result.ExitCode == 0, $"swagger-cli rejected {Repository.ConnectorDefinition}:\n{result.Output}");
        Assert.Contains("is valid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_cli_rejects_a_definition_that_breaks_the_rules()
    {
        // The checked-in definition with one path parameter left undeclared: a real validator must say so.
        var document = ConnectorDocumentShape.Document;
        var copy = document["paths"]!.AsObject().First().Value!.DeepClone().AsObject();
        foreach (var (_, operation) in copy)
        {
            operation!["operationId"] = (string?)operation["operationId"] + "Broken";
        }

        document["paths"]!.AsObject()["/broken/{missing}"] = copy;
        var file = Path.Combine(Directory.CreateTempSubdirectory("insiderrisk-swagger-").FullName, "broken.json");
        await File.WriteAllTextAsync(file, document.ToJsonString());
        try
        {
            var result = await ValidateAsync(file);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("missing", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static async Task<ProcessResult> ValidateAsync(string file)
    {
        var entry = NpmInstaller.SwaggerCliEntry(Repository.Root);
        await NpmInstaller.EnsureInstalledAsync(Repository.Root, entry, CancellationToken.None);
        return await ProcessRunner.RunAsync("node", [entry, "validate", file], Repository.Root, Timeout);
    }
}
