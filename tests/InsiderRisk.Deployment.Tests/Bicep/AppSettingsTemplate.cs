using System.Text.RegularExpressions;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// The function app's settings as main.bicep composes them: the <c>appSettings</c> it passes to the
/// function app module (a union of object vars), by name (<c>${…}</c> in a name becomes <c>{name}</c>),
/// with the expression of each value.
/// </summary>
public static partial class AppSettingsTemplate
{
    public const string FunctionAppModule = "functionApp";

    public static IReadOnlyDictionary<string, string> Of(BicepModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var expression = model.ModuleParam(FunctionAppModule, "appSettings")
            ?? throw new InvalidOperationException($"main.bicep passes no appSettings to the {FunctionAppModule} module.");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in Parts(expression))
        {
            var text = model.Main.Vars.GetValueOrDefault(part) ?? part;
            foreach (var (name, value) in Settings(text))
            {
                settings[name] = value;
            }
        }

        return settings;
    }

    /// <summary>The operands of <c>union(a, b, …)</c>, or the expression itself.</summary>
    private static IEnumerable<string> Parts(string expression) =>
        Union().Match(expression.Trim()) is { Success: true } union
            ? BicepSyntax.Statements(union.Groups[1].Value)
            : [expression];

    /// <summary>Entries of every object literal in the text (both branches of a ternary), and toObject's name lambda.</summary>
    private static IEnumerable<(string Name, string Value)> Settings(string text)
    {
        if (ToObject().Match(text) is { Success: true } toObject)
        {
            yield return (Placeholder().Replace(toObject.Groups[1].Value, "{name}"), toObject.Groups[2].Value.Trim());
            yield break;
        }

        for (var start = text.IndexOf('{', StringComparison.Ordinal); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var body = BicepSyntax.FirstObject(text[start..])!;
            foreach (var entry in BicepSyntax.Entries(body))
            {
                yield return entry;
            }

            start += body.Length;
        }
    }

    [GeneratedRegex(@"^union\((.*)\)$", RegexOptions.Singleline)]
    private static partial Regex Union();

    [GeneratedRegex(@"toObject\(\s*\w+\s*,\s*\w+\s*=>\s*'([^']*)'\s*,\s*\w+\s*=>\s*(.+)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex ToObject();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Placeholder();
}
