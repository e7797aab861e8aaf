namespace InsiderRisk.Functions.OpenApi;

/// <summary>The JSON request body of an operation.</summary>
public sealed record ApiBody(Type Type, bool Required);
