using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// The <c>Data</c> JSON of an alert's primary row: the whole validated alert except the real user id,
/// which lives only in the identity map (the row's <c>UserKey</c> is the pseudonym). A storage format:
/// add fields, never rename them.
/// </summary>
public sealed record AlertDocument(
    string AlertId,
    string Policy,
    Severity Severity,
    int RiskScore,
    DateTimeOffset DetectedAt,
    string Title,
    IReadOnlyList<AlertActivity> Activities,
    IReadOnlyList<ContentItem> ContentItems,
    string? SignInId)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AlertDocument From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertDocument(
            alert.AlertId.Value,
            alert.Policy,
            alert.Severity,
            alert.RiskScore,
            alert.DetectedAt,
            alert.Title,
            alert.Activities,
            alert.ContentItems,
            alert.SignInId?.Value);
    }

    public AlertId Id => new(AlertId);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static AlertDocument FromJson(string json) =>
        JsonSerializer.Deserialize<AlertDocument>(json, Options)
        ?? throw new JsonException("An alert's stored data is empty.");
}
