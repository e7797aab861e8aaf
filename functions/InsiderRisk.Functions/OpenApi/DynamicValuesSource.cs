namespace InsiderRisk.Functions.OpenApi;

/// <summary>The operation a picker in the designer lists its choices from, and the field each choice's value is.</summary>
public sealed record DynamicValuesSource(string OperationId, string ValuePath);
