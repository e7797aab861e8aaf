using System.Text.Json.Serialization;

namespace InsiderRisk.Functions.Invocations;

/// <summary>The answer the host expects, with its member names exactly as the custom-handler contract spells them.</summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse From(InvocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new InvocationResponse(result.Outputs, result.Logs, result.ReturnValue);
    }
}
