using System.Text.Json;

namespace InsiderRisk.Functions.Invocations;

/// <summary>What the host posts to <c>/{FunctionName}</c>: <c>{"Data": {binding: value}, "Metadata": {...}}</c>.</summary>
public sealed record InvocationEnvelope(JsonElement? Data, JsonElement? Metadata);
