namespace InsiderRisk.Functions.Functions;

/// <summary>Alerts pushed by the pipelines onto the Service Bus queue <c>alerts</c>.</summary>
public static class IngestAlertsFunction
{
    public static FunctionDefinition Definition { get; } =
        new("IngestAlerts", new TriggerBinding.ServiceBus("message", "alerts", "ServiceBusConnection"));
}
