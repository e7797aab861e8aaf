using System.Text.RegularExpressions;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// infra/main.bicep and the modules it uses, with the little evaluation the checks need: the string
/// values an expression stands for, followed through vars, params, module params and outputs.
/// </summary>
public sealed partial class BicepModel
{
    public const string MainPath = "infra/main.bicep";

    private readonly Dictionary<string, BicepFile> moduleFiles = new(StringComparer.Ordinal);

    public BicepModel()
    {
        Main = BicepFile.Load(MainPath);
        foreach (var module in Main.Modules)
        {
            moduleFiles[module.Symbol] = BicepFile.Load("infra/" + module.Path);
        }
    }

    public BicepFile Main { get; }

    public BicepFile ModuleFile(string symbol) =>
        moduleFiles.TryGetValue(symbol, out var file) ? file : throw new InvalidOperationException($"{MainPath} has no module '{symbol}'.");

    public BicepModule Module(string symbol) => Main.Modules.Single(module => module.Symbol == symbol);

    /// <summary>The expression main.bicep passes to a module's param (null when it passes none).</summary>
    public string? ModuleParam(string symbol, string param) => Module(symbol).Params.GetValueOrDefault(param);

    /// <summary>The module a main.bicep expression reads an output of (<c>storage.outputs.name</c> → storage).</summary>
    public static string? ModuleOf(string? expression) =>
        expression is not null && AnyModuleOutput().Match(expression) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The string values <paramref name="expression"/> stands for in <paramref name="file"/>.</summary>
    public IReadOnlyList<string> Values(BicepFile file, string expression)
    {
        var text = expression.Trim();
        if (Literal().Match(text) is { Success: true } literal)
        {
            return [literal.Groups[1].Value];
        }

        if (ForExpression().Match(text) is { Success: true } loop)
        {
            return Values(file, loop.Groups[1].Value);
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            return [.. BicepSyntax.Statements(text[1..^1]).SelectMany(item => Values(file, item))];
        }

        if (ModuleOutput().Match(text) is { Success: true } output && file == Main)
        {
            var module = ModuleFile(output.Groups[1].Value);
            return Values(module, module.Outputs.GetValueOrDefault(output.Groups[2].Value) ?? Fail<string>(file, text));
        }

        if (ResourceName().Match(text) is { Success: true } name)
        {
            return Names(file, file.Resource(name.Groups[1].Value));
        }

        if (file.Vars.TryGetValue(text, out var variable))
        {
            return Values(file, variable);
        }

        if (file.Params.ContainsKey(text) && file != Main)
        {
            var symbol = moduleFiles.Single(entry => entry.Value == file).Key;
            return Values(Main, ModuleParam(symbol, text) ?? file.Params[text]);
        }

        return Fail<IReadOnlyList<string>>(file, text);
    }

    /// <summary>The names a resource declaration creates (or refers to): one per item when it loops over its names.</summary>
    public IReadOnlyList<string> Names(BicepFile file, BicepResource resource)
    {
        var name = resource.Property("name") ?? Fail<string>(file, resource.Symbol + ".name");
        return resource.LoopVariable is not null && name == resource.LoopVariable
            ? Values(file, resource.LoopCollection!)
            : Values(file, name);
    }

    private static T Fail<T>(BicepFile file, string expression) =>
        throw new InvalidOperationException($"Cannot tell the value of '{expression}' in {file.Path} from its text.");

    [GeneratedRegex(@"^'([^'$]*)'$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^\[\s*for\s+.+?\s+in\s+([^:]+):.*\]$", RegexOptions.Singleline)]
    private static partial Regex ForExpression();

    [GeneratedRegex(@"^(\w+)\.outputs\.(\w+)$")]
    private static partial Regex ModuleOutput();

    [GeneratedRegex(@"\b(\w+)\.outputs\.\w+")]
    private static partial Regex AnyModuleOutput();

    [GeneratedRegex(@"^([\w:]+?)(?:\[\w+\])?\.name$")]
    private static partial Regex ResourceName();
}
