namespace InsiderRisk.Functions.Functions;

/// <summary>
/// Publishes a range of one case's events (<c>{caseId, fromSequence, toSequence}</c>, Storage queue
/// <c>case-event-publish</c>) to the Service Bus topic <c>case-events</c> through its output binding.
/// </summary>
public static class PublishCaseEventsFunction
{
    public const string OutputName = "caseEvents";

    public static FunctionDefinition Definition { get; } = new(
        "PublishCaseEvents",
        new TriggerBinding.Queue("message", "case-event-publish", "AzureWebJobsStorage"),
        [new OutputBinding.ServiceBusTopic(OutputName, "case-events", "ServiceBusConnection")]);
}
