using System.Text.Json;

namespace InsiderRisk.Functions.Functions.Manifest;

/// <summary>
/// Lays out a Functions app folder: <c>&lt;dir&gt;/&lt;Name&gt;/function.json</c> for every function and
/// the root <c>host.json</c>. Function folders left from functions no longer in the catalog lose their
/// function.json, or the host would keep indexing a function the app no longer serves.
/// </summary>
public static class FunctionManifestWriter
{
    public const string FileName = "function.json";
    public const string HostFileName = "host.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<FunctionDefinition> functions, string hostJsonSource)
    {
        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        RemoveStale(root, functions);

        var written = new List<string>();
        foreach (var function in functions)
        {
            var folder = Path.Combine(root, function.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName);
            File.WriteAllText(path, FunctionJson.From(function).ToJsonString(Indented) + "\n");
            written.Add(path);
        }

        var hostJson = Path.Combine(root, HostFileName);
        if (!string.Equals(Path.GetFullPath(hostJsonSource), hostJson, StringComparison.Ordinal))
        {
            File.Copy(hostJsonSource, hostJson, overwrite: true);
        }

        return written;
    }

    private static void RemoveStale(string root, IReadOnlyList<FunctionDefinition> functions)
    {
        var names = functions.Select(function => function.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var manifest = Path.Combine(folder, FileName);
            if (names.Contains(Path.GetFileName(folder)) || !File.Exists(manifest))
            {
                continue;
            }

            File.Delete(manifest);
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
