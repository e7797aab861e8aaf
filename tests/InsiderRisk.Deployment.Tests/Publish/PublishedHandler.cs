using System.Text.Json.Nodes;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>The handler executable as the Functions host finds it: host.json's defaultExecutablePath, from workingDirectory.</summary>
public static class PublishedHandler
{
    public static string PathIn(string appDirectory)
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(appDirectory, "host.json")))!;
        var description = hostJson["customHandler"]?["description"];
        var executable = (string?)description?["defaultExecutablePath"];
        Assert.False(string.IsNullOrWhiteSpace(executable), "host.json names no customHandler.description.defaultExecutablePath.");
        return Path.GetFullPath(Path.Combine(appDirectory, (string?)description?["workingDirectory"] ?? ".", executable!));
    }
}
