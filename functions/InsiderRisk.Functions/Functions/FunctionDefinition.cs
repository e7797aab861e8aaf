namespace InsiderRisk.Functions.Functions;

/// <summary>
/// One Azure Functions function as the host sees it: its name (also the folder of its generated
/// function.json and, for non-HTTP triggers, the path the host posts invocations to), its trigger
/// and its output bindings.
/// </summary>
public sealed record FunctionDefinition(string Name, TriggerBinding Trigger, IReadOnlyList<OutputBinding> Outputs)
{
    public FunctionDefinition(string name, TriggerBinding trigger)
        : this(name, trigger, [])
    {
    }

    /// <summary>HTTP functions are proxied to the app as-is; the others arrive as invocation envelopes.</summary>
    public bool IsHttp => Trigger is TriggerBinding.Http;
}
