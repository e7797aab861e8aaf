namespace InsiderRisk.Functions.OpenApi;

/// <summary>Definition names: the type's name (generic arguments spelled out), made unique by its namespace.</summary>
public static class DefinitionNames
{
    public static string Choose(Type type, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(type);
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var name = Simple(type);
        if (!used.Contains(name))
        {
            return name;
        }

        var qualified = string.Concat((type.Namespace ?? string.Empty).Split('.').Skip(1)) + name;
        var candidate = qualified;
        for (var suffix = 2; used.Contains(candidate); suffix++)
        {
            candidate = qualified + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string Simple(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "Of" + string.Concat(type.GetGenericArguments().Select(Simple));
    }
}
