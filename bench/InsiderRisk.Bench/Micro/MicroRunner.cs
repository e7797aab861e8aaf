using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace InsiderRisk.Bench.Micro;

/// <summary>
/// Runs <see cref="ScoringBenchmarks"/> in process: no generated project to build, so it works with
/// this repository's central package pins and warnings-as-errors.
/// </summary>
public static class MicroRunner
{
    public static int Run(bool quick, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Job job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        IConfig config = DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        Summary summary = BenchmarkRunner.Run<ScoringBenchmarks>(config);
        output.WriteLine();
        output.WriteLine("Alerts per second on one core (1e9 ÷ mean ns per alert):");
        foreach (BenchmarkReport report in summary.Reports.Where(r => r.ResultStatistics is not null))
        {
            double nanoseconds = report.ResultStatistics!.Mean;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-16} {1e9 / nanoseconds,16:N0} alerts/s ({nanoseconds:0.00} ns/alert)"));
        }

        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
