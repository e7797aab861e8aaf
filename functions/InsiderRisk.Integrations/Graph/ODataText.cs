namespace InsiderRisk.Integrations.Graph;

/// <summary>OData string literals for $filter: quoted, with single quotes doubled, so names cannot break the filter.</summary>
public static class ODataText
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
