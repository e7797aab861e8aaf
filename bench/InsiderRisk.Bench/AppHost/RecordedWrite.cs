using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.AppHost;

/// <summary>One entity the app wrote, as <see cref="RecordingTableStore"/> saw it.</summary>
public sealed record RecordedWrite(string Table, TableOperationKind Kind, TableEntity Entity);
