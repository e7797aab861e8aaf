using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Integrations.CaseEvents;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// <c>PublishCaseEvents</c> (Storage queue <c>case-event-publish</c>): publishes the range the message
/// names; under the host the bodies are the <c>caseEvents</c> output (topic <c>case-events</c>). A
/// storage failure or an event that would leak a raw user id fails the invocation: the message comes
/// back, and after it is poisoned the outbox row is still pending, so the sweeper sends it again.
/// Services are resolved per invocation, so listing the handlers at startup builds nothing.
/// </summary>
public sealed class PublishCaseEventsHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => PublishCaseEventsFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.ReadTrigger<CaseEventPublishMessage>();
        if (string.IsNullOrWhiteSpace(message.CaseId) || message.FromSequence < 1 || message.ToSequence < message.FromSequence)
        {
            throw new InvalidTriggerPayloadException("A case-event-publish message needs caseId and 1 <= fromSequence <= toSequence.");
        }

        var published = await services.GetRequiredService<CaseEventPublication>().PublishAsync(message, context.CancellationToken)
            ?? throw new InvalidTriggerPayloadException($"Case {message.CaseId} does not hold events {message.FromSequence}-{message.ToSequence}.");
        var result = InvocationResult.Empty.WithLog(
            $"Case {message.CaseId}: events {message.FromSequence}-{message.ToSequence} published to {(published.ToTopic ? "the case-events topic" : "the local sink")}.");
        return published.ToTopic
            ? result.WithOutput(PublishCaseEventsFunction.OutputName, CaseEventBinding.Value(published.Messages))
            : result;
    }
}
