using System.Diagnostics;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>How the Azurite helper reports a failure to start: with the reason, never silently.</summary>
public sealed class AzuriteServerTests
{
    [Fact]
    public async Task A_process_that_exits_before_answering_is_reported_with_its_exit_code_and_output()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("console.error('listen EADDRINUSE: address already in use'); process.exit(3)");
        using var process = Process.Start(start)!;
        var tail = new OutputTail();
        tail.Attach(process);

        var error = await Assert.ThrowsAsync<AzuriteStartException>(() => PortProbe.WaitUntilAnsweringAsync(process, tail, TimeSpan.FromSeconds(30), CancellationToken.None, FreePorts.Take(1)));

        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("EADDRINUSE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_that_never_answers_is_reported_when_time_runs_out()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("console.log('still starting'); setTimeout(() => {}, 60000)");
        using var process = Process.Start(start)!;
        var tail = new OutputTail();
        tail.Attach(process);
        try
        {
            var error = await Assert.ThrowsAsync<AzuriteStartException>(() => PortProbe.WaitUntilAnsweringAsync(process, tail, TimeSpan.FromSeconds(1), CancellationToken.None, FreePorts.Take(1)));

            Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
            Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void The_repository_root_is_found_from_the_test_output_folder_and_its_absence_explained()
    {
        var root = RepositoryRoot.Find();
        var error = Assert.Throws<AzuriteStartException>(() => RepositoryRoot.Find(Path.GetTempPath()));

        Assert.True(File.Exists(Path.Combine(root, "package.json")));
        Assert.Contains("package.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_ports_are_distinct_loopback_ports()
    {
        var ports = FreePorts.Take(3);

        Assert.Equal(3, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, 1, 65535));
    }
}
