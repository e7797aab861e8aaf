using System.Globalization;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>The alerts one triage request names and by whom; <see cref="Bulk"/> decides how errors are keyed.</summary>
public sealed record TriageRequest(IReadOnlyList<AlertId> AlertIds, bool Bulk, string By)
{
    public string FieldOf(int index) => Bulk ? string.Create(CultureInfo.InvariantCulture, $"alertIds[{index}]") : "alertId";
}
