namespace InsiderRisk.Functions.Functions;

/// <summary>An output binding; a handler sets its value under <see cref="Name"/> in the invocation's <c>Outputs</c>.</summary>
public abstract record OutputBinding
{
    private OutputBinding(string name) => Name = name;

    public string Name { get; }

    /// <summary>Messages to a Storage queue.</summary>
    public sealed record Queue(string BindingName, string QueueName, string Connection)
        : OutputBinding(BindingName);

    /// <summary>Messages to a Service Bus queue.</summary>
    public sealed record ServiceBusQueue(string BindingName, string QueueName, string Connection)
        : OutputBinding(BindingName);

    /// <summary>Messages to a Service Bus topic.</summary>
    public sealed record ServiceBusTopic(string BindingName, string TopicName, string Connection)
        : OutputBinding(BindingName);
}
