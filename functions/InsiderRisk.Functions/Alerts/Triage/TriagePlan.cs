using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// The requested alerts sorted by what a triage request must do with them: <see cref="Done"/> (an
/// earlier try of the same request already moved them), <see cref="Resume"/> (reserved by an earlier
/// try of the same request), <see cref="Todo"/> (free to reserve), or a conflict per field.
/// </summary>
internal sealed class TriagePlan
{
    public List<AlertTriageState> Done { get; } = [];

    public List<AlertTriageState> Resume { get; } = [];

    public List<AlertTriageState> Todo { get; } = [];

    public Dictionary<string, string[]> Conflicts { get; } = new(StringComparer.Ordinal);

    public IEnumerable<AlertTriageState> All => Done.Concat(Resume).Concat(Todo);

    /// <summary>The alerts this request still has to move.</summary>
    public List<AlertTriageState> Pending => [.. Resume, .. Todo];

    public void Conflict(string field, string message) =>
        Conflicts[field] = [.. Conflicts.GetValueOrDefault(field, []), message];
}
