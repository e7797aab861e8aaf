using System.Globalization;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.AuditApi;

/// <summary>Turns the query text into an <see cref="AuditQuery"/>, or per-field errors.</summary>
internal static class AuditQueries
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);
    public const int MaxFilterLength = 256;

    public static AuditQuery? Parse(AuditQueryParameters parameters, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var to = Time(parameters.To, "to", errors) ?? now;
        var from = Time(parameters.From, "from", errors) ?? to - DefaultRange;
        if (errors.Count == 0 && from >= to)
        {
            errors["from"] = ["from must be before to."];
        }
        else if (errors.Count == 0 && to - from > MaxRange)
        {
            errors["from"] = [$"Query at most {MaxRange.TotalDays} days at a time."];
        }

        var pageSize = 50;
        if (parameters.PageSize is { } size
            && !(int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= 1000))
        {
            errors["pageSize"] = ["pageSize is a whole number from 1 to 1000."];
        }

        Filter(parameters.Actor, "actor", errors);
        Filter(parameters.Action, "action", errors);
        return errors.Count > 0
            ? null
            : new AuditQuery(from, to, Blank(parameters.Actor), Blank(parameters.Action), pageSize, Blank(parameters.ContinuationToken));
    }

    private static DateTimeOffset? Time(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        errors[field] = ["An ISO-8601 date and time, e.g. 2026-01-31T00:00:00Z."];
        return null;
    }

    private static void Filter(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is { Length: > MaxFilterLength })
        {
            errors[field] = [$"At most {MaxFilterLength} characters."];
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
