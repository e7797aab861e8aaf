using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Ingestion;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>Reads the triage bodies: <c>{caseName | caseId, comment?}</c>, <c>{reason, notes?}</c>, and their bulk forms with <c>alertIds</c>.</summary>
public static class TriageBodies
{
    public static ConfirmTarget? Target(JsonElement body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var caseName = JsonFields.String(body, "caseName", errors);
        var caseId = JsonFields.String(body, "caseId", errors);
        switch (string.IsNullOrWhiteSpace(caseName), string.IsNullOrWhiteSpace(caseId))
        {
            case (false, false):
                errors.Add("caseId", "Give caseName (to open a new case) or caseId (to add to an existing one), not both.");
                return null;
            case (true, true):
                if (!errors.HasErrors)
                {
                    errors.Add("caseName", "Give caseName (to open a new case) or caseId (to add to an existing active case of the same user).");
                }

                return null;
            case (false, true) when !CaseText.IsValid(caseName, CaseText.NameMaxLength):
                errors.Add("caseName", $"caseName must be 1 to {CaseText.NameMaxLength} characters.");
                return null;
            case (false, true):
                return new ConfirmTarget.NewCase(caseName!.Trim());
            default:
                var id = new CaseId(caseId!.Trim());
                if (!CaseIdRules.IsValid(id))
                {
                    errors.Add("caseId", "caseId is not a valid case id.");
                    return null;
                }

                return new ConfirmTarget.ExistingCase(id);
        }
    }

    public static string? Comment(JsonElement body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var comment = JsonFields.String(body, "comment", errors);
        if (!CaseText.IsValidOptional(comment, CaseText.NoteMaxLength))
        {
            errors.Add("comment", $"comment must be at most {CaseText.NoteMaxLength:N0} characters.");
            return null;
        }

        return CaseText.IsPresent(comment) ? comment : null;
    }

    public static Dismissal? Dismissal(JsonElement body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var reason = JsonFields.String(body, "reason", errors);
        var notes = JsonFields.String(body, "notes", errors);
        switch (DismissalParser.Parse(reason, notes))
        {
            case Validation<Dismissal>.Valid valid:
                return valid.Value;
            case Validation<Dismissal>.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    // A wrong JSON type already said what is wrong with the field.
                    if (!errors.ToDictionary().ContainsKey(field))
                    {
                        foreach (var message in messages)
                        {
                            errors.Add(field, message);
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    public static IReadOnlyList<AlertId>? AlertIds(JsonElement body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var raw = JsonFields.Strings(body, "alertIds", errors);
        if (errors.Count != before)
        {
            return null;
        }

        switch (BulkTriageRules.ParseAlertIds(raw))
        {
            case Validation<IReadOnlyList<AlertId>>.Valid valid:
                return valid.Value;
            case Validation<IReadOnlyList<AlertId>>.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        errors.Add(field, message);
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
