using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Functions.Manifest;

namespace InsiderRisk.Functions.Tests.Functions;

/// <summary>Checks a generated Functions app folder against the catalog, reading the files as the host would.</summary>
public static class GeneratedManifestAssert
{
    public static void MatchesCatalog(string directory)
    {
        var folders = Directory.EnumerateDirectories(directory)
            .Where(folder => File.Exists(Path.Combine(folder, FunctionManifestWriter.FileName)))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(FunctionCatalog.All.Select(function => function.Name).Order(StringComparer.Ordinal), folders);

        foreach (var function in FunctionCatalog.All)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, function.Name, FunctionManifestWriter.FileName)));
            var bindings = document.RootElement.GetProperty("bindings").EnumerateArray().ToList();
            TriggerMatches(function.Trigger, bindings[0]);
            var outputs = bindings.Skip(1).ToList();
            if (function.IsHttp)
            {
                var res = Assert.Single(outputs);
                Assert.Equal(("http", "out", "res"), (Text(res, "type"), Text(res, "direction"), Text(res, "name")));
            }
            else
            {
                Assert.Equal(function.Outputs.Select(output => output.Name), outputs.Select(output => Text(output, "name")));
            }
        }

        Assert.Equal(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FunctionManifestWriter.HostFileName)),
            File.ReadAllText(Path.Combine(directory, FunctionManifestWriter.HostFileName)));
    }

    private static void TriggerMatches(TriggerBinding trigger, JsonElement binding)
    {
        Assert.Equal("in", Text(binding, "direction"));
        Assert.Equal(trigger.Name, Text(binding, "name"));
        switch (trigger)
        {
            case TriggerBinding.Http http:
                Assert.Equal("httpTrigger", Text(binding, "type"));
                Assert.Equal(http.Route, Text(binding, "route"));
                Assert.Equal(http.Methods, binding.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
                Assert.Equal("anonymous", Text(binding, "authLevel"));
                break;
            case TriggerBinding.Queue queue:
                Assert.Equal(("queueTrigger", queue.QueueName, queue.Connection), (Text(binding, "type"), Text(binding, "queueName"), Text(binding, "connection")));
                break;
            case TriggerBinding.ServiceBus serviceBus:
                Assert.Equal(("serviceBusTrigger", serviceBus.QueueName, serviceBus.Connection), (Text(binding, "type"), Text(binding, "queueName"), Text(binding, "connection")));
                break;
            case TriggerBinding.Timer timer:
                Assert.Equal(("timerTrigger", timer.Schedule), (Text(binding, "type"), Text(binding, "schedule")));
                Assert.False(binding.GetProperty("runOnStartup").GetBoolean());
                Assert.True(binding.GetProperty("useMonitor").GetBoolean());
                break;
            default:
                Assert.Fail($"Unexpected trigger {trigger.GetType().Name}");
                break;
        }
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
