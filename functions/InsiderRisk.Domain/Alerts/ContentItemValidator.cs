namespace InsiderRisk.Domain.Alerts;

public static class ContentItemValidator
{
    /// <summary>The item, or null when any field is invalid (the problems are added to <paramref name="errors"/>).</summary>
    public static ContentItem? Validate(ContentItemInput? input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            errors.AddHere("Each content item must be an object with id, kind, name and source.");
            return null;
        }

        var before = errors.Count;
        var id = TextRules.Required(errors, "id", input.Id, AlertLimits.MaxContentIdLength);
        var kind = Kind(errors, input.Kind);
        var name = TextRules.Required(errors, "name", input.Name, AlertLimits.MaxContentNameLength);
        var source = TextRules.Required(errors, "source", input.Source, AlertLimits.MaxContentSourceLength);
        var location = UriRules.Optional(errors, "location", input.Location);
        var sensitivity = TextRules.Optional(errors, "sensitivity", input.Sensitivity, AlertLimits.MaxSensitivityLength);
        return errors.Count == before ? new ContentItem(id!, kind!.Value, name!, source!, location, sensitivity) : null;
    }

    private static ContentKind? Kind(FieldErrors errors, string? text)
    {
        if (text is null)
        {
            errors.Add("kind", "kind is required.");
            return null;
        }

        if (!EnumNames.TryParse<ContentKind>(text, out var kind))
        {
            errors.Add("kind", $"kind must be one of {EnumNames.List<ContentKind>()}.");
            return null;
        }

        return kind;
    }
}
