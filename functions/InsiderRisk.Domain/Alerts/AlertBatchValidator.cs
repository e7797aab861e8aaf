namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Validates a delivery of several alerts: all of them or none (API.md: "400 if any item is invalid,
/// then none stored"). Keys are prefixed with the item's index: <c>[2].userId</c>.
/// </summary>
public static class AlertBatchValidator
{
    public static Validation<IReadOnlyList<Alert>> Validate(IReadOnlyList<AlertInput?>? inputs, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (inputs is null)
        {
            errors.AddHere("The body must be one alert or an array of alerts.");
        }
        else if (inputs.Count == 0)
        {
            errors.AddHere($"The array holds no alerts; send 1 to {AlertLimits.MaxAlertsPerBatch:N0}.");
        }
        else if (inputs.Count > AlertLimits.MaxAlertsPerBatch)
        {
            errors.AddHere($"At most {AlertLimits.MaxAlertsPerBatch:N0} alerts per delivery (got {inputs.Count:N0}).");
        }
        else
        {
            var alerts = ValidateEach(inputs, now, errors);
            return Validation<IReadOnlyList<Alert>>.From(errors, () => alerts);
        }

        return new Validation<IReadOnlyList<Alert>>.Invalid(errors.ToDictionary());
    }

    private static List<Alert> ValidateEach(IReadOnlyList<AlertInput?> inputs, DateTimeOffset now, FieldErrors errors)
    {
        var alerts = new List<Alert>(inputs.Count);
        // A repeated id inside one delivery is a sender bug, unlike a re-delivery across requests
        // (which is an idempotent duplicate): storing "the first one" would silently drop the other's data.
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var scope = errors.Under(FieldPath.Index(i));
            if (AlertValidator.Validate(inputs[i], now, scope) is { } alert)
            {
                alerts.Add(alert);
            }

            if (inputs[i]?.AlertId is { } id && KeyRules.IsValidKey(id) && !firstIndexById.TryAdd(id, i))
            {
                scope.Add("alertId", $"alertId '{id}' appears more than once in this delivery (first at [{firstIndexById[id]}]).");
            }
        }

        return alerts;
    }
}
