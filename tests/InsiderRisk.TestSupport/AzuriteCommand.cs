using System.Diagnostics;
using System.Globalization;

namespace InsiderRisk.TestSupport;

/// <summary>The node command line that runs the repository's Azurite in memory on the given ports.</summary>
public static class AzuriteCommand
{
    public static ProcessStartInfo Create(string root, string workDirectory, int blobPort, int queuePort, int tablePort)
    {
        var start = new ProcessStartInfo("node")
        {
            // Azurite may write debug files into its working folder: keep them out of the repository.
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            NpmInstaller.AzuriteEntry(root),
            "--inMemoryPersistence",
            "--silent",
            "--skipApiVersionCheck",
            "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
