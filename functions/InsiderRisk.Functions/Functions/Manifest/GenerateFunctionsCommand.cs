namespace InsiderRisk.Functions.Functions.Manifest;

/// <summary>
/// <c>InsiderRisk.Functions --generate-functions &lt;dir&gt;</c>: writes the function.json files and
/// host.json into a build or publish folder and exits without starting the server (MSBuild runs it
/// after build and publish; see FunctionManifest.targets).
/// </summary>
public static class GenerateFunctionsCommand
{
    public const string Option = "--generate-functions";

    /// <summary>The exit code when <paramref name="args"/> ask for generation; null to run the app.</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, Option);
        if (index < 0)
        {
            return null;
        }

        if (index + 1 >= args.Length || string.IsNullOrWhiteSpace(args[index + 1]))
        {
            error.WriteLine($"Usage: InsiderRisk.Functions {Option} <output directory>");
            return 2;
        }

        var hostJson = Path.Combine(AppContext.BaseDirectory, FunctionManifestWriter.HostFileName);
        if (!File.Exists(hostJson))
        {
            error.WriteLine($"{FunctionManifestWriter.HostFileName} is missing beside the app ({AppContext.BaseDirectory}); it is copied there from the repository root at build.");
            return 1;
        }

        var written = FunctionManifestWriter.Write(args[index + 1], FunctionCatalog.All, hostJson);
        output.WriteLine($"Generated {written.Count} function.json files in {Path.GetFullPath(args[index + 1])}.");
        return 0;
    }
}
