namespace InsiderRisk.Functions.Platform.Storage;

/// <summary>A table or queue some part of the app uses; all are created when the app starts.</summary>
public sealed record RequiredTable(string Name);

public sealed record RequiredQueue(string Name);
