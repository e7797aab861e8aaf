using System.Text.RegularExpressions;
using InsiderRisk.Deployment.Tests.Support;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>One template's declarations, read from its text: params, vars, resources (nested ones too), modules, outputs.</summary>
public sealed partial class BicepFile
{
    private BicepFile(string path, string text)
    {
        Path = path;
        foreach (var statement in BicepSyntax.Statements(BicepComments.Strip(text)))
        {
            Read(statement);
        }
    }

    /// <summary>The file's path from the repository root.</summary>
    public string Path { get; }

    /// <summary>Each param with its default expression (empty when it has none).</summary>
    public Dictionary<string, string> Params { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Vars { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    public List<BicepResource> Resources { get; } = [];

    public List<BicepModule> Modules { get; } = [];

    public static BicepFile Load(string path) => new(path, Repository.Read(path));

    public BicepResource Resource(string symbol) =>
        Resources.FirstOrDefault(resource => resource.Symbol == symbol)
        ?? throw new InvalidOperationException($"{Path} declares no resource '{symbol}'.");

    private void Read(string statement)
    {
        if (Declaration().Match(statement) is not { Success: true } declaration)
        {
            return;
        }

        var (kind, name, rest) = (declaration.Groups[1].Value, declaration.Groups[2].Value, declaration.Groups[3].Value);
        switch (kind)
        {
            case "param":
                Params[name] = rest.Contains('=', StringComparison.Ordinal) ? rest[(rest.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim() : string.Empty;
                break;
            case "var":
                Vars[name] = rest.TrimStart('=', ' ');
                break;
            case "output":
                Outputs[name] = rest[(rest.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                break;
            case "module":
                var body = BicepSyntax.FirstObject(rest) ?? string.Empty;
                var parameters = BicepSyntax.Entry(body, "params") is { } values && BicepSyntax.FirstObject(values) is { } inside
                    ? BicepSyntax.Entries(inside).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal)
                    : [];
                Modules.Add(new BicepModule(name, Quoted().Match(rest).Groups[1].Value, parameters));
                break;
            case "resource":
                AddResource(name, rest, parentSymbol: null, parentType: null);
                break;
        }
    }

    private void AddResource(string symbol, string rest, string? parentSymbol, string? parentType)
    {
        var type = Quoted().Match(rest).Groups[1].Value.Split('@')[0];
        if (parentType is not null && !type.Contains('/', StringComparison.Ordinal))
        {
            type = parentType + "/" + type;
        }

        var loop = Loop().Match(rest);
        var body = BicepSyntax.FirstObject(rest) ?? string.Empty;
        var fullSymbol = parentSymbol is null ? symbol : parentSymbol + "::" + symbol;
        Resources.Add(new BicepResource(
            fullSymbol,
            type,
            Existing().IsMatch(rest),
            loop.Success ? (loop.Groups[1].Success ? loop.Groups[1].Value : loop.Groups[2].Value) : null,
            loop.Success ? loop.Groups[3].Value.Trim() : null,
            body));
        foreach (var statement in BicepSyntax.Statements(body))
        {
            if (Declaration().Match(statement) is { Success: true, Groups: var nested } && nested[1].Value == "resource")
            {
                AddResource(nested[2].Value, nested[3].Value, fullSymbol, type);
            }
        }
    }

    [GeneratedRegex(@"^(param|var|output|module|resource)\s+(\w+)\s+(.*)$", RegexOptions.Singleline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    /// <summary>A loop right after the declaration's <c>=</c>: <c>= [for item in collection:</c> or <c>= [for (item, i) in collection:</c>.</summary>
    [GeneratedRegex(@"^'[^']*'(?:\s+existing)?\s*=\s*\[\s*for\s+(?:\(\s*(\w+)\s*,\s*\w+\s*\)|(\w+))\s+in\s+([^:]+):", RegexOptions.Singleline)]
    private static partial Regex Loop();

    [GeneratedRegex(@"^'[^']*'\s+existing\b")]
    private static partial Regex Existing();
}
