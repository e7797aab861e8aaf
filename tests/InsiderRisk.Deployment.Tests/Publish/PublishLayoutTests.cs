using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Functions.Manifest;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>The publish folder is a complete Functions app root: host.json, one folder per function, the handler.</summary>
[Collection(PublishCollection.Name)]
public sealed class PublishLayoutTests(PublishFixture publish)
{
    [Fact]
    public void Host_json_is_the_repository_one_and_names_the_custom_handler()
    {
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(publish.AppDirectory, "host.json")))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Repository.Read("host.json")), published), "The published host.json differs from the repository's.");
        Assert.Equal("2.0", (string?)published["version"]);
        Assert.True((bool?)published["customHandler"]?["enableProxyingHttpRequest"]);
        Assert.Equal(".", (string?)published["customHandler"]?["description"]?["workingDirectory"]);
    }

    [Fact]
    public void Every_catalog_function_has_a_folder_whose_function_json_is_its_definition()
    {
        foreach (var function in FunctionCatalog.All)
        {
            var path = Path.Combine(publish.AppDirectory, function.Name, FunctionManifestWriter.FileName);
            Assert.True(File.Exists(path), $"{function.Name}/function.json is missing from the publish folder.");
            var published = JsonNode.Parse(File.ReadAllText(path));
            Assert.True(JsonNode.DeepEquals(FunctionJson.From(function), published), $"{function.Name}/function.json does not match the catalog: {published}");
        }
    }

    [Fact]
    public void No_folder_holds_a_function_json_for_a_function_the_catalog_does_not_declare()
    {
        var folders = Directory.EnumerateFiles(publish.AppDirectory, FunctionManifestWriter.FileName, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(publish.AppDirectory, Path.GetDirectoryName(path)!))
            .Order(StringComparer.Ordinal);

        Assert.Equal(FunctionCatalog.All.Select(function => function.Name).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void The_handler_host_json_names_is_a_self_contained_linux_executable()
    {
        var handler = PublishedHandler.PathIn(publish.AppDirectory);

        Assert.True(File.Exists(handler), $"host.json names {handler}, which the publish did not produce.");
        Assert.True(!OperatingSystem.IsWindows() && File.GetUnixFileMode(handler).HasFlag(UnixFileMode.UserExecute), $"{handler} is not executable.");
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(handler)[..4]);
        // Self-contained: the runtime ships in the folder, because the Functions image has no .NET 10.
        Assert.True(File.Exists(Path.Combine(publish.AppDirectory, "libcoreclr.so")), "The runtime (libcoreclr.so) is not in the publish folder.");
        var runtimeConfig = JsonNode.Parse(File.ReadAllText(Path.Combine(publish.AppDirectory, "InsiderRisk.Functions.runtimeconfig.json")))!;
        Assert.NotNull(runtimeConfig["runtimeOptions"]?["includedFrameworks"]);
    }
}
