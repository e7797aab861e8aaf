namespace InsiderRisk.Functions.OpenApi;

/// <summary>A documented answer: its status and, when it has one, the type of its JSON body.</summary>
public sealed record ApiResponse(int StatusCode, Type? Type);
