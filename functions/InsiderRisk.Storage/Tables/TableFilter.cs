namespace InsiderRisk.Storage.Tables;

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>
/// A typed filter. Built only from typed values, never from caller text, so it cannot be injected.
/// A comparison matches only a property that exists and has the same type as the value
/// (as Table Storage does). "PartitionKey" and "RowKey" may be compared as strings.
/// At most 15 comparisons per filter (the Table Storage limit).
/// </summary>
public abstract record TableFilter
{
    public const int MaxComparisons = 15;

    public static TableFilter Compare(string property, ComparisonOperator op, object value) => new Comparison(property, op, value);

    public static TableFilter Eq(string property, object value) => new Comparison(property, ComparisonOperator.Equal, value);

    public static TableFilter Ne(string property, object value) => new Comparison(property, ComparisonOperator.NotEqual, value);

    public static TableFilter Gt(string property, object value) => new Comparison(property, ComparisonOperator.GreaterThan, value);

    public static TableFilter Ge(string property, object value) => new Comparison(property, ComparisonOperator.GreaterThanOrEqual, value);

    public static TableFilter Lt(string property, object value) => new Comparison(property, ComparisonOperator.LessThan, value);

    public static TableFilter Le(string property, object value) => new Comparison(property, ComparisonOperator.LessThanOrEqual, value);

    /// <summary>Row keys starting with <paramref name="prefix"/> (a range on RowKey).</summary>
    public static TableFilter RowKeyStartsWith(string prefix) => KeyStartsWith("RowKey", prefix);

    public static TableFilter PartitionKeyStartsWith(string prefix) => KeyStartsWith("PartitionKey", prefix);

    public TableFilter And(TableFilter other) => new AndFilter(this, other);

    public TableFilter Or(TableFilter other) => new OrFilter(this, other);

    public static TableFilter Not(TableFilter inner) => new NotFilter(inner);

    public int CountComparisons() => this switch
    {
        Comparison => 1,
        AndFilter a => a.Left.CountComparisons() + a.Right.CountComparisons(),
        OrFilter o => o.Left.CountComparisons() + o.Right.CountComparisons(),
        NotFilter n => n.Inner.CountComparisons(),
        _ => 0,
    };

    private static TableFilter KeyStartsWith(string key, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        var upper = string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(last + 1)).ToString());
        return Ge(key, prefix).And(Lt(key, upper));
    }

    public sealed record Comparison(string Property, ComparisonOperator Operator, object Value) : TableFilter;

    public sealed record AndFilter(TableFilter Left, TableFilter Right) : TableFilter;

    public sealed record OrFilter(TableFilter Left, TableFilter Right) : TableFilter;

    public sealed record NotFilter(TableFilter Inner) : TableFilter;
}
