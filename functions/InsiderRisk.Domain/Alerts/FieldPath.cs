namespace InsiderRisk.Domain.Alerts;

/// <summary>Builds error keys the way JSON paths read: <c>activities[3].riskScore</c>, <c>[2].userId</c>.</summary>
public static class FieldPath
{
    public const string Root = "$";

    public static string Join(string prefix, string segment)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(segment);
        if (prefix.Length == 0)
        {
            return segment;
        }

        return segment.StartsWith('[') ? prefix + segment : prefix + "." + segment;
    }

    public static string Index(int index) => $"[{index}]";
}
