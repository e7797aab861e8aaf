using System.Text.Json;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// Reads a delivery's JSON into the domain's raw <see cref="AlertInput"/> shape. Problems of JSON type
/// (a number where a string belongs, an object where an array belongs) go to the errors under the
/// same keys the validator uses; everything else is the validator's business.
/// </summary>
public static class AlertJson
{
    public static AlertInput? Read(JsonElement json, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new AlertInput
        {
            AlertId = JsonFields.String(json, "alertId", errors),
            UserId = JsonFields.String(json, "userId", errors),
            Policy = JsonFields.String(json, "policy", errors),
            Severity = JsonFields.String(json, "severity", errors),
            RiskScore = JsonFields.Number(json, "riskScore", errors),
            DetectedAt = JsonFields.String(json, "detectedAt", errors),
            Title = JsonFields.String(json, "title", errors),
            Activities = JsonFields.Array(json, "activities", errors, Activity),
            ContentItems = JsonFields.Array(json, "contentItems", errors, ContentItem),
            SignInId = JsonFields.String(json, "signInId", errors),
        };
    }

    private static AlertActivityInput? Activity(JsonElement json, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new AlertActivityInput
        {
            Type = JsonFields.String(json, "type", errors),
            Time = JsonFields.String(json, "time", errors),
            RiskScore = JsonFields.Number(json, "riskScore", errors),
            Detail = JsonFields.String(json, "detail", errors),
        };
    }

    private static ContentItemInput? ContentItem(JsonElement json, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ContentItemInput
        {
            Id = JsonFields.String(json, "id", errors),
            Kind = JsonFields.String(json, "kind", errors),
            Name = JsonFields.String(json, "name", errors),
            Source = JsonFields.String(json, "source", errors),
            Location = JsonFields.String(json, "location", errors),
            Sensitivity = JsonFields.String(json, "sensitivity", errors),
        };
    }
}
