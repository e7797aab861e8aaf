namespace InsiderRisk.Functions.Functions;

/// <summary>The trigger of a function; <see cref="Name"/> is its key in an invocation's <c>Data</c>.</summary>
public abstract record TriggerBinding
{
    private TriggerBinding(string name) => Name = name;

    public string Name { get; }

    /// <summary>An HTTP route under the host's route prefix (<c>api</c>), answered through the <c>res</c> binding.</summary>
    public sealed record Http(string Route, IReadOnlyList<string> Methods, HttpAuthLevel AuthLevel)
        : TriggerBinding("req");

    /// <summary>A Storage queue; <paramref name="Connection"/> names the app setting (prefix) of the account.</summary>
    public sealed record Queue(string BindingName, string QueueName, string Connection)
        : TriggerBinding(BindingName);

    /// <summary>A Service Bus queue; <paramref name="Connection"/> names the app setting (prefix) of the namespace.</summary>
    public sealed record ServiceBus(string BindingName, string QueueName, string Connection)
        : TriggerBinding(BindingName);

    /// <summary>
    /// A timer. <paramref name="Schedule"/> is a six-field NCRONTAB expression or a
    /// <c>%Setting%</c> reference the host resolves from app settings.
    /// </summary>
    public sealed record Timer(string BindingName, string Schedule, bool RunOnStartup = false, bool UseMonitor = true)
        : TriggerBinding(BindingName);
}
