using System.Globalization;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Query string values parsed with per-field errors instead of a bare binding failure.</summary>
public static class QueryValues
{
    public const int DefaultPageSize = 50;

    /// <summary>An ISO-8601 time; without an offset it is UTC.</summary>
    public static DateTimeOffset? Time(FieldErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && time.Year is >= 1601 and <= 9998)
        {
            return time;
        }

        errors.Add(field, $"{field} must be an ISO-8601 time, e.g. 2026-05-01T00:00:00Z.");
        return null;
    }

    public static int PageSize(FieldErrors errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultPageSize;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= TableQuery.MaxPageSize)
        {
            return size;
        }

        errors.Add("pageSize", $"pageSize must be a whole number from 1 to {TableQuery.MaxPageSize}.");
        return DefaultPageSize;
    }

    /// <summary>Adds an error when both ends are given and the range is empty.</summary>
    public static void Range(FieldErrors errors, string fromField, DateTimeOffset? from, string toField, DateTimeOffset? to)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (from is { } start && to is { } end && end <= start)
        {
            errors.Add(toField, $"{toField} must be later than {fromField}.");
        }
    }
}
