namespace InsiderRisk.Functions.Alerts;

/// <summary>Audit targets naming several alerts: their ids, cut short past a readable length.</summary>
public static class AuditTargets
{
    private const int MaxChars = 1_000;

    public static string Alerts(IEnumerable<string> alertIds)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        var ids = alertIds.ToList();
        var shown = new List<string>();
        var length = 0;
        foreach (var id in ids)
        {
            if (length + id.Length + 1 > MaxChars)
            {
                return string.Join(',', shown) + $" (+{ids.Count - shown.Count} more)";
            }

            shown.Add(id);
            length += id.Length + 1;
        }

        return string.Join(',', shown);
    }
}
