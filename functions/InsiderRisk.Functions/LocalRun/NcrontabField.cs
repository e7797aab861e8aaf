using System.Globalization;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// One field of an NCRONTAB expression as the set of values it allows (index = value): a comma list
/// of <c>*</c>, <c>n</c> or <c>a-b</c>, each optionally <c>/step</c>; <c>n/step</c> runs from n to the
/// field's maximum. Expects text <see cref="Configuration.NcrontabExpression"/> has already accepted.
/// </summary>
internal static class NcrontabField
{
    public static bool[] Parse(string field, int min, int max, string[] names)
    {
        var allowed = new bool[max + 1];
        foreach (var item in field.Split(','))
        {
            var slash = item.Split('/');
            var step = slash.Length == 2 ? int.Parse(slash[1], NumberStyles.None, CultureInfo.InvariantCulture) : 1;
            var (low, high) = Range(slash[0], min, max, names, stepped: slash.Length == 2);
            for (var value = low; value <= high; value += step)
            {
                allowed[value] = true;
            }
        }

        return allowed;
    }

    private static (int Low, int High) Range(string range, int min, int max, string[] names, bool stepped)
    {
        if (range == "*")
        {
            return (min, max);
        }

        var bounds = range.Split('-');
        var low = Value(bounds[0], min, names);
        if (bounds.Length == 2)
        {
            return (low, Value(bounds[1], min, names));
        }

        return stepped ? (low, max) : (low, low);
    }

    private static int Value(string text, int min, string[] names)
    {
        var named = Array.FindIndex(names, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
        return named >= 0 ? min + named : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
