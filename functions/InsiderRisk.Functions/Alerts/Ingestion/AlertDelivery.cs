using System.Globalization;
using System.Text.Json;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// Checks one delivery (HTTP body or queue message): one alert object, or an array of 1–1,000. Either
/// every alert is valid, or the answer is every problem keyed by field (<c>userId</c> for one alert,
/// <c>[2].userId</c> in an array) and nothing may be stored.
/// </summary>
public static class AlertDelivery
{
    /// <summary>What the alert store's primary row can hold of an alert's JSON (15 chunks of 32,000 characters).</summary>
    public const int MaxStoredChars = 15 * 32_000;

    public static Validation<IReadOnlyList<Alert>> Validate(JsonElement body, DateTimeOffset now)
    {
        var typeErrors = new FieldErrors();
        var validation = body.ValueKind switch
        {
            JsonValueKind.Object => One(AlertJson.Read(body, typeErrors), now),
            JsonValueKind.Array => AlertBatchValidator.Validate(Items(body, typeErrors), now),
            _ => Invalid("The body must be one alert (a JSON object) or an array of alerts."),
        };
        if (validation is Validation<IReadOnlyList<Alert>>.Valid valid && !typeErrors.HasErrors)
        {
            return CheckSizes(valid.Value, body.ValueKind == JsonValueKind.Array);
        }

        var errors = validation is Validation<IReadOnlyList<Alert>>.Invalid invalid
            ? new Dictionary<string, string[]>(invalid.Errors, StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal);
        // A wrong JSON type is the root cause; the validator only saw a missing value there.
        foreach (var (field, messages) in typeErrors.ToDictionary())
        {
            errors[field] = messages;
        }

        return new Validation<IReadOnlyList<Alert>>.Invalid(errors);
    }

    /// <summary>
    /// The items a rejected delivery held, for telemetry's <c>Invalid</c>: an array's length; one for an
    /// object, or for a body with no item to count (not JSON, not an object or array, an empty array).
    /// </summary>
    public static int ItemCount(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Array } array ? Math.Max(1, array.GetArrayLength()) : 1;

    public static Validation<IReadOnlyList<Alert>> Invalid(string message) =>
        new Validation<IReadOnlyList<Alert>>.Invalid(new Dictionary<string, string[]> { [FieldPath.Root] = [message] });

    private static Validation<IReadOnlyList<Alert>> One(AlertInput? input, DateTimeOffset now) =>
        AlertValidator.Validate(input, now) switch
        {
            Validation<Alert>.Valid valid => new Validation<IReadOnlyList<Alert>>.Valid([valid.Value]),
            Validation<Alert>.Invalid invalid => new Validation<IReadOnlyList<Alert>>.Invalid(invalid.Errors),
            _ => throw new InvalidOperationException("Unknown validation outcome."),
        };

    private static List<AlertInput?> Items(JsonElement array, FieldErrors typeErrors)
    {
        var count = array.GetArrayLength();
        if (count > AlertLimits.MaxAlertsPerBatch)
        {
            // The validator answers with the count alone; reading the items would only add noise.
            return [.. Enumerable.Repeat<AlertInput?>(null, count)];
        }

        return [.. array.EnumerateArray().Select((item, i) => AlertJson.Read(item, typeErrors.Under(FieldPath.Index(i))))];
    }

    private static Validation<IReadOnlyList<Alert>> CheckSizes(IReadOnlyList<Alert> alerts, bool isArray)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < alerts.Count; i++)
        {
            var length = AlertDocument.From(alerts[i]).ToJson().Length;
            if (length > MaxStoredChars)
            {
                var scope = isArray ? errors.Under(FieldPath.Index(i)) : errors;
                scope.AddHere(string.Create(CultureInfo.InvariantCulture,
                    $"The alert is too large to store: {length:N0} characters of JSON, at most {MaxStoredChars:N0}. Send fewer or shorter activities or content items."));
            }
        }

        return Validation<IReadOnlyList<Alert>>.From(errors, () => alerts);
    }
}
