using System.Text;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>Names as a person reads them in the Power Automate designer: <c>caseId</c> → "Case ID", <c>ListCases</c> → "List cases".</summary>
public static class HumanText
{
    /// <summary>A field or parameter label: words capitalized, "Id" written "ID".</summary>
    public static string Label(string name) =>
        string.Join(' ', Words(name).Select(word => Cased(word, capitalize: true)));

    /// <summary>An action title in sentence case: only the first word capitalized.</summary>
    public static string Title(string name) =>
        string.Join(' ', Words(name).Select((word, index) => Cased(word, capitalize: index == 0)));

    private static string Cased(string word, bool capitalize)
    {
        if (word.Equals("id", StringComparison.OrdinalIgnoreCase) || word.Equals("ids", StringComparison.OrdinalIgnoreCase))
        {
            return word.Length == 2 ? "ID" : "IDs";
        }

        var lower = word.ToLowerInvariant();
        return capitalize ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var character in name)
        {
            if (!char.IsLetterOrDigit(character))
            {
                Flush(words, current);
                continue;
            }

            if (char.IsUpper(character) && current.Length > 0 && !char.IsUpper(current[^1]))
            {
                Flush(words, current);
            }

            current.Append(character);
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
