using System.Diagnostics;

namespace InsiderRisk.Functions.Problems;

/// <summary>The id a caller quotes and an operator finds in the logs: the W3C trace id when there is one.</summary>
public static class CorrelationId
{
    public const string Extension = "correlationId";

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
    }
}
