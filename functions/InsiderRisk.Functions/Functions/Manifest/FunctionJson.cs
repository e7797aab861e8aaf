using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.Functions.Manifest;

/// <summary>A definition in the Functions host's function.json schema (camelCase binding fields).</summary>
public static class FunctionJson
{
    public static JsonObject From(FunctionDefinition function)
    {
        var bindings = new JsonArray { Trigger(function.Trigger) };
        if (function.Trigger is TriggerBinding.Http)
        {
            bindings.Add(Binding("http", "out", "res"));
        }

        foreach (var output in function.Outputs)
        {
            bindings.Add(Output(output));
        }

        return new JsonObject { ["bindings"] = bindings };
    }

    private static JsonObject Trigger(TriggerBinding trigger) => trigger switch
    {
        TriggerBinding.Http http => With(Binding("httpTrigger", "in", http.Name),
            ("authLevel", http.AuthLevel.ToString().ToLowerInvariant()),
            ("methods", new JsonArray([.. http.Methods.Select(method => JsonValue.Create(method))])),
            ("route", http.Route)),
        TriggerBinding.Queue queue => With(Binding("queueTrigger", "in", queue.Name),
            ("queueName", queue.QueueName), ("connection", queue.Connection)),
        TriggerBinding.ServiceBus serviceBus => With(Binding("serviceBusTrigger", "in", serviceBus.Name),
            ("queueName", serviceBus.QueueName), ("connection", serviceBus.Connection)),
        TriggerBinding.Timer timer => With(Binding("timerTrigger", "in", timer.Name),
            ("schedule", timer.Schedule), ("runOnStartup", timer.RunOnStartup), ("useMonitor", timer.UseMonitor)),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger.GetType().Name, "Unknown trigger binding."),
    };

    private static JsonObject Output(OutputBinding output) => output switch
    {
        OutputBinding.Queue queue => With(Binding("queue", "out", queue.Name),
            ("queueName", queue.QueueName), ("connection", queue.Connection)),
        OutputBinding.ServiceBusQueue serviceBus => With(Binding("serviceBus", "out", serviceBus.Name),
            ("queueName", serviceBus.QueueName), ("connection", serviceBus.Connection)),
        OutputBinding.ServiceBusTopic topic => With(Binding("serviceBus", "out", topic.Name),
            ("topicName", topic.TopicName), ("connection", topic.Connection)),
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "Unknown output binding."),
    };

    private static JsonObject Binding(string type, string direction, string name) =>
        new() { ["type"] = type, ["direction"] = direction, ["name"] = name };

    private static JsonObject With(JsonObject binding, params (string Name, JsonNode? Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            binding[name] = value;
        }

        return binding;
    }
}
