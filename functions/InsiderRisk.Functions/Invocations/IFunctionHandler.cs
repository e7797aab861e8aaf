namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// Runs one non-HTTP function (queue, Service Bus, timer) when the Functions host invokes it. Register
/// with <see cref="FunctionInvocationEndpoints.AddFunctionHandler{THandler}"/>; only registered handlers
/// get an invocation route. Throwing fails the invocation (the host retries, then poisons the message);
/// throw <see cref="InvalidTriggerPayloadException"/> for a payload that will never be valid.
/// </summary>
public interface IFunctionHandler
{
    /// <summary>The catalog name of the function, e.g. <c>IngestAlertsFunction.Definition.Name</c>.</summary>
    string FunctionName { get; }

    /// <summary>Logs in the result go to the host's invocation logs: never put identities in them.</summary>
    Task<InvocationResult> HandleAsync(InvocationContext context);
}
