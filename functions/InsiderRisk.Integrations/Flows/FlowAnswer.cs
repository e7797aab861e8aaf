using System.Globalization;
using System.Text.RegularExpressions;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Flows;

/// <summary>What a flow said, kept short (≤ 500 characters) and with the trigger URL redacted.</summary>
public static partial class FlowAnswer
{
    public static string Describe(int status, string body, FlowTarget target)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(target);
        var excerpt = Whitespace().Replace(target.Redact(body), " ").Trim();
        var text = excerpt.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {status}")
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {excerpt}");
        return HttpFailures.Cut(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
