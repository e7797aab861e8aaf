using System.Globalization;

namespace InsiderRisk.Functions.Admin;

/// <summary>API.md's paging: <c>pageSize</c> 1–1000, 50 when left out.</summary>
internal static class PageSizes
{
    public const int Default = 50;
    public const int Max = 1000;

    public static int Parse(string? text, FieldErrors errors)
    {
        if (text is null)
        {
            return Default;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= Max)
        {
            return size;
        }

        errors.Add("pageSize", $"pageSize is a whole number from 1 to {Max}.");
        return Default;
    }
}
