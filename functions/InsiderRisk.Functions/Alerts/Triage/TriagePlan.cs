using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// The requested alerts sorted by what a triage request must do with them: <see cref="Done"/> (a
/// request with the same target already moved them), <see cref="Todo"/> (free to reserve), a conflict
/// per field, or <see cref="Busy"/> (a request with the same target holds some right now).
/// </summary>
internal sealed class TriagePlan
{
    public List<AlertTriageState> Done { get; } = [];

    public List<AlertTriageState> Todo { get; } = [];

    public Dictionary<string, string[]> Conflicts { get; } = new(StringComparer.Ordinal);

    public bool Busy { get; set; }

    public IEnumerable<AlertTriageState> All => Done.Concat(Todo);

    public void Conflict(string field, string message) =>
        Conflicts[field] = [.. Conflicts.GetValueOrDefault(field, []), message];
}
