using System.Security.Cryptography;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Configuration;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Platform.Users;

/// <summary>
/// The pseudonymizer's secret key: <c>Privacy__Key</c> (base64, at least 32 bytes; a Key Vault
/// reference in Azure), or — off Azure only — a key generated once and kept in the data directory,
/// so pseudonyms stay stable across restarts of a local run. The key never reaches a log.
/// </summary>
public static class PseudonymKeySource
{
    public const string Setting = "Privacy:Key";
    public const string FileName = "privacy.key";

    public static Pseudonymizer Create(IConfiguration configuration, HostingFacts hosting, IOptions<InsiderRiskOptions> app)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(hosting);
        ArgumentNullException.ThrowIfNull(app);
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Pseudonymizer(Decode(configured, "Privacy__Key"));
        }

        if (hosting.RunningInAzure)
        {
            throw new InvalidOperationException("Privacy__Key is not set: in Azure the pseudonymization key must come from configuration (a Key Vault reference).");
        }

        return new Pseudonymizer(LoadOrCreate(Path.GetFullPath(app.Value.DataDirectory)));
    }

    private static byte[] LoadOrCreate(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using var writer = new StreamWriter(stream);
                writer.Write(key);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Decode(File.ReadAllText(path).Trim(), path);
    }

    private static byte[] Decode(string base64, string source)
    {
        try
        {
            var key = Convert.FromBase64String(base64.Trim());
            if (key.Length >= Pseudonymizer.MinKeyBytes)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"The pseudonymization key in {source} must be base64 of at least {Pseudonymizer.MinKeyBytes} bytes.");
    }
}
