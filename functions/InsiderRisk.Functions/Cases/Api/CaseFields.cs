using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Body checks before a command is built, with the domain's length rules; messages never echo values.</summary>
public static class CaseFields
{
    public static string? Required(FieldErrors errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!CaseText.IsValid(value, maxLength))
        {
            errors.Add(field, $"{field} is required: 1–{maxLength} characters, not only white space.");
            return null;
        }

        return value;
    }

    public static string? Optional(FieldErrors errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!CaseText.IsValidOptional(value, maxLength))
        {
            errors.Add(field, $"{field} holds at most {maxLength} characters.");
            return null;
        }

        return CaseText.IsPresent(value) ? value : null;
    }

    /// <summary>An enum by its exact name (any case); numbers are not names.</summary>
    public static TEnum? Named<TEnum>(FieldErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        errors.Add(field, $"{field} must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }
}
