using System.Text;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// <c>InsiderRisk.Functions --generate-openapi &lt;file&gt;</c>: writes the connector's Swagger 2.0 document
/// from the built app's endpoints and exits without serving. Regenerates the checked-in definition:
/// <c>dotnet run --project functions/InsiderRisk.Functions -- --generate-openapi infra/connector/apiDefinition.swagger.json</c>.
/// A relative path is taken from the repository root (the folder holding InsiderRisk.sln above the
/// working directory), because <c>dotnet run</c> starts the app in its project folder.
/// </summary>
public static class GenerateOpenApiCommand
{
    public const string Option = "--generate-openapi";

    /// <summary>The exit code when <paramref name="args"/> ask for the document; null to run the app.</summary>
    public static int? TryRun(IEndpointRouteBuilder app, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var index = Array.IndexOf(args, Option);
        if (index < 0)
        {
            return null;
        }

        if (index + 1 >= args.Length || string.IsNullOrWhiteSpace(args[index + 1]))
        {
            error.WriteLine($"Usage: InsiderRisk.Functions {Option} <file>");
            return 2;
        }

        var path = Path.GetFullPath(args[index + 1], RepositoryRootOrWorkingDirectory());
        var document = ConnectorDocument.Build(app.DataSources.SelectMany(source => source.Endpoints), app.ServiceProvider);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ConnectorDocument.ToText(document), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine($"Wrote the connector definition ({document["paths"]!.AsObject().Count} paths) to {path}.");
        return 0;
    }

    private static string RepositoryRootOrWorkingDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InsiderRisk.sln")))
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
