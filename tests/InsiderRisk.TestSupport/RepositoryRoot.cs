namespace InsiderRisk.TestSupport;

/// <summary>The repository root: the nearest folder above the tests that holds package.json.</summary>
public static class RepositoryRoot
{
    public static string Find(string? startDirectory = null)
    {
        var start = startDirectory ?? AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "package.json"))
                && File.Exists(Path.Combine(directory.FullName, "InsiderRisk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new AzuriteStartException($"No folder above {start} holds both package.json and InsiderRisk.sln, so Azurite's pinned version cannot be found.");
    }
}
