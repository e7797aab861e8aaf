using System.Globalization;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Http;

/// <summary>Query-string values read by hand, so a bad one is a field error (400), not a binding failure.</summary>
public static class QueryValues
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1_000;
    public const int MaxTextLength = 256;

    public static TEnum? Enum<TEnum>(FieldErrors errors, string field, string? text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EnumNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"{field} must be one of {EnumNames.List<TEnum>()}.");
        return null;
    }

    /// <summary>An ISO-8601 time; one without an offset is read as UTC.</summary>
    public static DateTimeOffset? Time(FieldErrors errors, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.ToUniversalTime();
        }

        errors.Add(field, $"{field} must be an ISO-8601 time, such as 2025-01-31T14:05:00Z.");
        return null;
    }

    public static void Window(FieldErrors errors, DateTimeOffset? from, DateTimeOffset? to)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add("to", "to must not be before from.");
        }
    }

    public static string? Text(FieldErrors errors, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxTextLength || TextRules.HasForbiddenControl(trimmed, multiline: false))
        {
            errors.Add(field, $"{field} must be at most {MaxTextLength} characters, without control characters.");
            return null;
        }

        return trimmed;
    }

    public static int? Integer(FieldErrors errors, string field, string? text, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, $"{field} must be a whole number from {min} to {max}.");
        return null;
    }

    public static int PageSize(FieldErrors errors, string? text) =>
        Integer(errors, "pageSize", text, 1, MaxPageSize) ?? DefaultPageSize;
}
