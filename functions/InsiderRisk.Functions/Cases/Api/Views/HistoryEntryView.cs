using System.Text.Json;

namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary>One stored event: its sequence, stored type name, time, author and the stored JSON as is.</summary>
public sealed record HistoryEntryView(long Seq, string Type, DateTimeOffset At, string By, JsonElement Data);
