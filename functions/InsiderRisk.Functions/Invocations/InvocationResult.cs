using System.Collections.Immutable;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// A handler's answer: values for the function's output bindings (by binding name), log lines for
/// the host, and an optional return value.
/// </summary>
public sealed record InvocationResult
{
    public static InvocationResult Empty { get; } = new();

    public ImmutableDictionary<string, object?> Outputs { get; init; } = ImmutableDictionary<string, object?>.Empty;

    public ImmutableList<string> Logs { get; init; } = [];

    public object? ReturnValue { get; init; }

    public InvocationResult WithOutput(string bindingName, object? value) => this with { Outputs = Outputs.SetItem(bindingName, value) };

    public InvocationResult WithLog(string message) => this with { Logs = Logs.Add(message) };
}
