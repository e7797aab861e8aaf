namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>A <c>module</c> declaration of main.bicep: its symbol, its file and the expressions it passes as params.</summary>
public sealed record BicepModule(string Symbol, string Path, IReadOnlyDictionary<string, string> Params);
