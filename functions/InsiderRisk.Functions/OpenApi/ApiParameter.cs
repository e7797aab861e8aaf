namespace InsiderRisk.Functions.OpenApi;

/// <summary>A path, query or header parameter; <paramref name="In"/> is Swagger's location name.</summary>
public sealed record ApiParameter(string Name, string In, Type Type, bool Required);
