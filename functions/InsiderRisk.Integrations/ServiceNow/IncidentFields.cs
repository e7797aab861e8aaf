using System.Globalization;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>
/// The incident record we send: a pseudonymized summary of the case (name, user pseudonym, severity,
/// alert count, link), never the real identity. ServiceNow's urgency and impact run 1 (high) to 3 (low).
/// </summary>
public sealed record IncidentFields(
    [property: JsonPropertyName("short_description")] string ShortDescription,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("urgency")] string Urgency,
    [property: JsonPropertyName("impact")] string Impact,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("correlation_id")] string CorrelationId,
    [property: JsonPropertyName("correlation_display")] string CorrelationDisplay)
{
    public const int MaxShortDescription = 160;

    public static IncidentFields For(EffectInvocation invocation, EffectPayload.CreateIncident payload, string category)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(payload);
        var caseId = invocation.CaseId.Value;
        var title = $"Insider risk case {caseId}: {payload.CaseName}";
        var lines = new List<string>
        {
            $"Insider risk case {caseId} \"{payload.CaseName}\", shared from InsiderRisk.",
            $"User (pseudonym): {payload.User.Value}",
            $"Severity: {payload.Severity}",
            string.Create(CultureInfo.InvariantCulture, $"Total policy alerts: {payload.TotalPolicyAlerts}"),
        };
        if (invocation.Case.CaseLink is { } link)
        {
            lines.Add($"Case: {link.AbsoluteUri}");
        }

        var level = Level(payload.Severity);
        return new IncidentFields(
            title.Length <= MaxShortDescription ? title : title[..(MaxShortDescription - 1)] + "…",
            string.Join('\n', lines),
            level,
            level,
            category,
            ServiceNowCorrelation.For(invocation.EffectId),
            "InsiderRisk");
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.High => "1",
        Severity.Medium => "2",
        _ => "3",
    };
}
