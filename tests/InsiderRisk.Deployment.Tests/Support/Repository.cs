using InsiderRisk.TestSupport;

namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>Files of the repository the tests run from, by their path from its root (with '/').</summary>
public static class Repository
{
    public const string ConnectorDefinition = "infra/connector/apiDefinition.swagger.json";
    public const string ConnectorProperties = "infra/connector/apiProperties.json";
    public const string RegenerateCommand =
        "dotnet run --project functions/InsiderRisk.Functions -- --generate-openapi " + ConnectorDefinition;

    public static string Root { get; } = RepositoryRoot.Find();

    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>The file's text with line ends normalized to LF.</summary>
    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");
}
