using System.Text;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// Writes a <see cref="TableFilter"/> as an OData <c>$filter</c>. Every literal comes from a typed
/// value (<see cref="ODataLiteral"/>) and every property name is checked, so caller text can never
/// change the filter's structure.
/// </summary>
internal static class ODataFilter
{
    public static string? Build(string? partitionKey, TableFilter? filter)
    {
        var comparisons = (partitionKey is null ? 0 : 1) + (filter?.CountComparisons() ?? 0);
        if (comparisons > TableFilter.MaxComparisons)
        {
            throw new StorageException(
                StorageErrorKind.InvalidInput,
                $"A query may hold at most {TableFilter.MaxComparisons} comparisons (partition key included); this one has {comparisons}.");
        }

        var byPartition = partitionKey is null ? null : TableFilter.Eq("PartitionKey", partitionKey);
        var combined = (byPartition, filter) switch
        {
            (null, null) => null,
            ({ } p, null) => p,
            (null, { } f) => f,
            ({ } p, { } f) => p.And(f),
        };
        return combined is null ? null : Serialize(combined);
    }

    public static string Serialize(TableFilter filter)
    {
        var builder = new StringBuilder();
        Write(builder, filter);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, TableFilter filter)
    {
        switch (filter)
        {
            case TableFilter.Comparison c:
                builder.Append(PropertyName(c.Property, c.Value)).Append(' ').Append(Operator(c.Operator)).Append(' ').Append(ODataLiteral.Format(c.Value));
                break;
            case TableFilter.AndFilter a:
                Binary(builder, a.Left, "and", a.Right);
                break;
            case TableFilter.OrFilter o:
                Binary(builder, o.Left, "or", o.Right);
                break;
            case TableFilter.NotFilter n:
                builder.Append("not (");
                Write(builder, n.Inner);
                builder.Append(')');
                break;
            default:
                throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported filter {filter.GetType().Name}.");
        }
    }

    private static void Binary(StringBuilder builder, TableFilter left, string op, TableFilter right)
    {
        builder.Append('(');
        Write(builder, left);
        builder.Append(") ").Append(op).Append(" (");
        Write(builder, right);
        builder.Append(')');
    }

    private static string PropertyName(string name, object value)
    {
        if (name is "PartitionKey" or "RowKey")
        {
            return value is string
                ? name
                : throw new StorageException(StorageErrorKind.InvalidInput, $"{name} can only be compared with a string.");
        }

        return PropertyValues.IsValidPropertyName(name)
            ? name
            : throw new StorageException(StorageErrorKind.InvalidInput, "A filter names a property that is not a valid property name.");
    }

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.NotEqual => "ne",
        ComparisonOperator.GreaterThan => "gt",
        ComparisonOperator.GreaterThanOrEqual => "ge",
        ComparisonOperator.LessThan => "lt",
        ComparisonOperator.LessThanOrEqual => "le",
        _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported comparison operator {op}."),
    };
}
