using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace InsiderRisk.TestSupport;

/// <summary>
/// Runs <c>npm ci</c> in the repository root when a pinned tool (Azurite, swagger-cli) is not
/// installed yet, under a cross-process lock so test projects running in parallel do not install
/// over each other. npm writes <c>node_modules/.package-lock.json</c> last, so a tool counts as
/// installed only once that file is there too (not while another process is still installing).
/// </summary>
public static class NpmInstaller
{
    public static string AzuriteEntry(string root) => Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");

    public static string SwaggerCliEntry(string root) => Path.Combine(root, "node_modules", "swagger-cli", "swagger-cli.js");

    public static Task EnsureAzuriteAsync(string root, CancellationToken cancellationToken) =>
        EnsureInstalledAsync(root, AzuriteEntry(root), cancellationToken);

    /// <summary>Installs package.json's devDependencies unless <paramref name="entry"/> (a file of the tool) is already installed.</summary>
    public static async Task EnsureInstalledAsync(string root, string entry, CancellationToken cancellationToken)
    {
        if (IsInstalled(root, entry))
        {
            return;
        }

        await using var gate = await AcquireLockAsync(root, cancellationToken);
        if (IsInstalled(root, entry))
        {
            return;
        }

        await RunNpmCiAsync(root, cancellationToken);
        if (!File.Exists(entry))
        {
            throw new NpmInstallException($"npm ci finished but {entry} is still missing; is its package in package.json's devDependencies?");
        }
    }

    private static bool IsInstalled(string root, string entry) =>
        File.Exists(entry) && File.Exists(Path.Combine(root, "node_modules", ".package-lock.json"));

    private static async Task RunNpmCiAsync(string root, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        var tail = new OutputTail();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new NpmInstallException("npm could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new NpmInstallException($"The tools pinned in {root}/package.json are not installed and npm was not found on PATH ({ex.Message}). Install Node.js 20+ with npm.", ex);
        }

        using (process)
        {
            tail.Attach(process);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException ex)
            {
                process.Kill(entireProcessTree: true);
                throw new NpmInstallException($"npm ci in {root} did not finish within 10 minutes. Last output:{Environment.NewLine}{tail}", ex);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new NpmInstallException($"npm ci in {root} failed with exit code {process.ExitCode}. Last output:{Environment.NewLine}{tail}");
            }
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string root, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"insiderrisk-npm-{hash}.lock");
        var deadline = DateTime.UtcNow.AddMinutes(11);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
