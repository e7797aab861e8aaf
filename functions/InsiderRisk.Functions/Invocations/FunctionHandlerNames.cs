using InsiderRisk.Functions.Functions;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// Checks the registered handlers against the catalog at startup: a handler the host can never invoke
/// (unknown name, an HTTP function) or two handlers for one function is a wiring mistake.
/// </summary>
public static class FunctionHandlerNames
{
    public static IReadOnlyList<FunctionDefinition> Resolve(IEnumerable<string> handlerNames, IReadOnlyList<FunctionDefinition> catalog)
    {
        ArgumentNullException.ThrowIfNull(handlerNames);
        var problems = new List<string>();
        var functions = new List<FunctionDefinition>();
        foreach (var group in handlerNames.GroupBy(name => name, StringComparer.OrdinalIgnoreCase))
        {
            var function = catalog.FirstOrDefault(entry => string.Equals(entry.Name, group.Key, StringComparison.OrdinalIgnoreCase));
            if (function is null)
            {
                problems.Add($"'{group.Key}' is not a function of the catalog");
            }
            else if (function.IsHttp)
            {
                problems.Add($"'{group.Key}' is an HTTP function (the host proxies its requests to the API routes)");
            }
            else if (group.Count() > 1)
            {
                problems.Add($"'{group.Key}' has {group.Count()} handlers");
            }
            else
            {
                functions.Add(function);
            }
        }

        return problems.Count == 0
            ? functions
            : throw new InvalidOperationException($"Function handlers are miswired: {string.Join("; ", problems)}.");
    }
}
