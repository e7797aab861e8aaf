using InsiderRisk.Functions.Functions;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>How the local run triggers one function: by polling a queue, or on a schedule.</summary>
public abstract record LocalTrigger(FunctionDefinition Function)
{
    /// <summary>A Storage queue, or for a Service Bus function the local queue standing in for its queue.</summary>
    public sealed record Queue(FunctionDefinition Function, string QueueName) : LocalTrigger(Function);

    public sealed record Timer(FunctionDefinition Function, NcrontabSchedule Schedule) : LocalTrigger(Function);
}
