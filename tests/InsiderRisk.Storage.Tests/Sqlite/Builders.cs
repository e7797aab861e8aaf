using InsiderRisk.Storage.Sqlite;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>SQLite databases for tests: in memory (fast, isolated) or in a temporary directory (WAL, like the app).</summary>
public static class Builders
{
    public static SqliteDatabase InMemory() => SqliteDatabase.OpenInMemory("test-" + Guid.NewGuid().ToString("N"));

    public static string TempDirectory() => Path.Combine(Path.GetTempPath(), "insiderrisk-tests", Guid.NewGuid().ToString("N"));

    public static void DeleteDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
