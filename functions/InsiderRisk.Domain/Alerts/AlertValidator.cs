namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Turns one raw alert into a valid <see cref="Alert"/> or per-field errors. Every problem is reported,
/// not just the first, so a sender can fix a delivery in one go.
/// </summary>
public static class AlertValidator
{
    public static Validation<Alert> Validate(AlertInput? input, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var alert = Validate(input, now, errors);
        return Validation<Alert>.From(errors, () => alert!);
    }

    /// <summary>The alert, or null when anything is invalid; keys go under <paramref name="errors"/>' prefix.</summary>
    public static Alert? Validate(AlertInput? input, DateTimeOffset now, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            errors.AddHere("An alert must be an object with alertId, userId, policy, riskScore, detectedAt and title.");
            return null;
        }

        var before = errors.Count;
        var alertId = KeyRules.Required(errors, "alertId", input.AlertId);
        var userId = TextRules.Required(errors, "userId", input.UserId, AlertLimits.MaxUserIdLength);
        var policy = TextRules.Required(errors, "policy", input.Policy, AlertLimits.MaxPolicyLength);
        var score = ScoreRules.Required(errors, "riskScore", input.RiskScore);
        var severity = ExplicitSeverity(errors, input.Severity);
        var detectedAt = TimeRules.Required(errors, "detectedAt", input.DetectedAt, now);
        var title = TextRules.Required(errors, "title", input.Title, AlertLimits.MaxTitleLength);
        var activities = Items(errors, "activities", input.Activities, AlertLimits.MaxActivities,
            (item, scope) => ActivityValidator.Validate(item, now, scope));
        var contentItems = Items(errors, "contentItems", input.ContentItems, AlertLimits.MaxContentItems,
            ContentItemValidator.Validate);
        var signInId = KeyRules.Optional(errors, "signInId", input.SignInId);
        if (errors.Count != before)
        {
            return null;
        }

        return new Alert(
            new AlertId(alertId!),
            userId!,
            policy!,
            severity ?? SeverityRules.FromRiskScore(score!.Value),
            score!.Value,
            detectedAt!.Value,
            title!,
            activities,
            contentItems,
            signInId is null ? null : new SignInId(signInId));
    }

    private static Severity? ExplicitSeverity(FieldErrors errors, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!SeverityRules.TryParse(text, out var severity))
        {
            errors.Add("severity", $"severity must be one of {EnumNames.List<Severity>()}, or left out to derive it from riskScore.");
            return null;
        }

        return severity;
    }

    private static IReadOnlyList<T> Items<TInput, T>(
        FieldErrors errors,
        string field,
        IReadOnlyList<TInput?>? inputs,
        int max,
        Func<TInput?, FieldErrors, T?> validate)
        where TInput : class
        where T : class
    {
        if (inputs is null)
        {
            return [];
        }

        if (inputs.Count > max)
        {
            // Checking each of thousands of entries would only bury this one message.
            errors.Add(field, $"{field} may hold at most {max:N0} entries (got {inputs.Count:N0}).");
            return [];
        }

        var items = new List<T>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (validate(inputs[i], errors.Under(field + FieldPath.Index(i))) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }
}
