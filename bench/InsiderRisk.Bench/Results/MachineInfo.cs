using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace InsiderRisk.Bench.Results;

/// <summary>What the figures were measured on, printed at the top of every run.</summary>
public static class MachineInfo
{
    public static IEnumerable<string> Describe()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"cores: {Environment.ProcessorCount}; cpu: {CpuModel()}");
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"memory available to .NET: {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.0} GiB; load average: {LoadAverage()}");
        yield return $"runtime: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}); "
            + $"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}";
    }

    private static string CpuModel() =>
        ReadLines("/proc/cpuinfo")
            .Where(line => line.StartsWith("model name", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault() ?? "unknown";

    private static string LoadAverage() =>
        ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
