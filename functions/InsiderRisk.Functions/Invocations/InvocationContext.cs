using System.Text.Json;
using InsiderRisk.Functions.Functions;

namespace InsiderRisk.Functions.Invocations;

/// <summary>One invocation of a non-HTTP function: its definition, its <c>Data</c> and its <c>Metadata</c>.</summary>
public sealed class InvocationContext(
    FunctionDefinition function, JsonElement data, InvocationMetadata metadata, CancellationToken cancellationToken)
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    public FunctionDefinition Function { get; } = function;

    /// <summary>The whole <c>Data</c> object, keyed by binding name.</summary>
    public JsonElement Data { get; } = data;

    public InvocationMetadata Metadata { get; } = metadata;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The trigger's value as the host sent it; missing → <see cref="InvalidTriggerPayloadException"/>.</summary>
    public JsonElement TriggerValue
    {
        get
        {
            var name = Function.Trigger.Name;
            if (Data.TryGetProperty(name, out var value))
            {
                return value;
            }

            foreach (var property in Data.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }

            throw new InvalidTriggerPayloadException($"The invocation's Data has no '{name}' trigger value.");
        }
    }

    public string ReadTriggerText() => TriggerPayload.Text(TriggerValue);

    public JsonElement ReadTriggerJson() => TriggerPayload.Json(TriggerValue, Function.Trigger.Name);

    public T ReadTrigger<T>(JsonSerializerOptions? options = null) =>
        TriggerPayload.Read<T>(TriggerValue, Function.Trigger.Name, options ?? WebOptions);
}
