using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace InsiderRisk.TestSupport;

/// <summary>
/// Runs <c>npm ci</c> in the repository root when Azurite is not installed yet, under a
/// cross-process lock so test projects running in parallel do not install over each other.
/// </summary>
public static class NpmInstaller
{
    public static string AzuriteEntry(string root) => Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");

    public static async Task EnsureAzuriteAsync(string root, CancellationToken cancellationToken)
    {
        if (File.Exists(AzuriteEntry(root)))
        {
            return;
        }

        await using var gate = await AcquireLockAsync(root, cancellationToken);
        if (File.Exists(AzuriteEntry(root)))
        {
            return;
        }

        await RunNpmCiAsync(root, cancellationToken);
        if (!File.Exists(AzuriteEntry(root)))
        {
            throw new AzuriteStartException($"npm ci finished but {AzuriteEntry(root)} is still missing; is azurite in package.json's devDependencies?");
        }
    }

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
            process = Process.Start(start) ?? throw new AzuriteStartException("npm could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new AzuriteStartException($"Azurite is not installed in {root}/node_modules and npm was not found on PATH ({ex.Message}). Install Node.js 20+ with npm.", ex);
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
                throw new AzuriteStartException($"npm ci in {root} did not finish within 10 minutes. Last output:{Environment.NewLine}{tail}", ex);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new AzuriteStartException($"npm ci in {root} failed with exit code {process.ExitCode}. Last output:{Environment.NewLine}{tail}");
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
