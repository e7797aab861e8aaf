using System.Security.Cryptography;
using System.Text;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// The case command's request id of a confirm, derived from what the request asks (target, case,
/// alert ids): a retry derives the same id, and the case ignores a request id it has processed.
/// </summary>
public static class TriageRequestIds
{
    public static string Confirm(string targetKey, CaseId caseId, IEnumerable<AlertId> alertIds)
    {
        var text = string.Join('\n', [targetKey, caseId.Value, .. alertIds.Select(id => id.Value).Order(StringComparer.Ordinal)]);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "alerts-confirm-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
