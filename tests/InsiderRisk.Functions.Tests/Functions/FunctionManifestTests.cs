using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Functions.Manifest;

namespace InsiderRisk.Functions.Tests.Functions;

public sealed class FunctionManifestTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("insiderrisk-functions-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_generate_mode_of_the_built_app_writes_every_catalog_function_and_exits()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "InsiderRisk.Functions.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", app, GenerateFunctionsCommand.Option, directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "The generate mode did not exit: it must not start the server.");

        Assert.Equal(0, process.ExitCode);
        Assert.Contains($"Generated {FunctionCatalog.All.Count} function.json files", output, StringComparison.Ordinal);
        GeneratedManifestAssert.MatchesCatalog(directory);
    }

    [Fact]
    public void The_app_build_output_holds_the_generated_function_json_files()
    {
        var targetPath = typeof(FunctionManifestTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "FunctionsAppTargetPath").Value!;

        GeneratedManifestAssert.MatchesCatalog(Path.GetDirectoryName(targetPath)!);
    }

    [Fact]
    public void Functions_no_longer_in_the_catalog_lose_their_function_json()
    {
        Directory.CreateDirectory(Path.Combine(directory, "Retired"));
        File.WriteAllText(Path.Combine(directory, "Retired", FunctionManifestWriter.FileName), "{}");
        Directory.CreateDirectory(Path.Combine(directory, "runtimes"));
        File.WriteAllText(Path.Combine(directory, "runtimes", "keep.txt"), "not a function");

        Assert.Equal(0, GenerateFunctionsCommand.TryRun([GenerateFunctionsCommand.Option, directory], TextWriter.Null, TextWriter.Null));

        Assert.False(Directory.Exists(Path.Combine(directory, "Retired")));
        Assert.True(File.Exists(Path.Combine(directory, "runtimes", "keep.txt")));
        GeneratedManifestAssert.MatchesCatalog(directory);
    }

    [Fact]
    public void Without_a_directory_the_generate_mode_fails_with_usage()
    {
        using var error = new StringWriter();

        Assert.Equal(2, GenerateFunctionsCommand.TryRun([GenerateFunctionsCommand.Option], TextWriter.Null, error));
        Assert.Contains("Usage", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_the_app_runs()
    {
        Assert.Null(GenerateFunctionsCommand.TryRun(["--urls", "http://localhost:5000"], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Output_bindings_are_written_in_the_functions_schema()
    {
        var function = new FunctionDefinition("Publish", new TriggerBinding.Queue("message", "work", "AzureWebJobsStorage"),
        [
            new OutputBinding.Queue("next", "follow-ups", "AzureWebJobsStorage"),
            new OutputBinding.ServiceBusQueue("alerts", "alerts", "ServiceBusConnection"),
            new OutputBinding.ServiceBusTopic("events", "case-events", "ServiceBusConnection"),
        ]);

        var json = JsonDocument.Parse(FunctionJson.From(function).ToJsonString()).RootElement.GetProperty("bindings");

        Assert.Equal(
            """[{"type":"queueTrigger","direction":"in","name":"message","queueName":"work","connection":"AzureWebJobsStorage"},""" +
            """{"type":"queue","direction":"out","name":"next","queueName":"follow-ups","connection":"AzureWebJobsStorage"},""" +
            """{"type":"serviceBus","direction":"out","name":"alerts","queueName":"alerts","connection":"ServiceBusConnection"},""" +
            """{"type":"serviceBus","direction":"out","name":"events","topicName":"case-events","connection":"ServiceBusConnection"}]""",
            json.GetRawText());
    }
}
