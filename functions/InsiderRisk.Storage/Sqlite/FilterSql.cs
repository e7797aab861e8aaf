using System.Globalization;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// Turns a <see cref="TableFilter"/> into a SQL condition with bound parameters. Property names are
/// validated identifiers (so they can sit inside a JSON path literal); values are always parameters.
/// Each comparison yields 0 or 1, never NULL, so <c>not</c> negates a non-match into a match, as
/// Table Storage does.
/// </summary>
internal static class FilterSql
{
    public static string Compile(TableFilter filter, List<KeyValuePair<string, object>> parameters)
    {
        if (filter.CountComparisons() > TableFilter.MaxComparisons)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A filter holds at most {TableFilter.MaxComparisons} comparisons.");
        }

        return Node(filter, parameters);
    }

    private static string Node(TableFilter filter, List<KeyValuePair<string, object>> parameters) => filter switch
    {
        TableFilter.Comparison c => Comparison(c, parameters),
        TableFilter.AndFilter a => $"({Node(a.Left, parameters)} AND {Node(a.Right, parameters)})",
        TableFilter.OrFilter o => $"({Node(o.Left, parameters)} OR {Node(o.Right, parameters)})",
        TableFilter.NotFilter n => $"(NOT {Node(n.Inner, parameters)})",
        _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unknown filter node {filter.GetType().Name}."),
    };

    private static string Comparison(TableFilter.Comparison comparison, List<KeyValuePair<string, object>> parameters)
    {
        var op = Operator(comparison.Operator);
        var parameter = "$f" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        switch (comparison.Property)
        {
            case "PartitionKey" or "RowKey":
                if (comparison.Value is not string key)
                {
                    throw new StorageException(StorageErrorKind.InvalidInput, $"{comparison.Property} compares only with a string.");
                }

                parameters.Add(new(parameter, key));
                return $"({(comparison.Property == "PartitionKey" ? "pk" : "rk")} {op} {parameter})";

            case "Timestamp":
                if (comparison.Value is not DateTimeOffset at)
                {
                    throw new StorageException(StorageErrorKind.InvalidInput, "Timestamp compares only with a DateTimeOffset.");
                }

                parameters.Add(new(parameter, at.UtcTicks));
                return $"(ts {op} {parameter})";

            default:
                PropertyValues.EnsureSupported(comparison.Property, comparison.Value);
                parameters.Add(new(parameter, PropertyJson.SqlValue(comparison.Value)));
                var path = $"$.{comparison.Property}.{PropertyJson.Tag(comparison.Value)}";
                return $"coalesce(json_extract(props, '{path}') {op} {parameter}, 0)";
        }
    }

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unknown operator {op}."),
    };
}
