namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// The outcome of checking raw input: either a valid value or every problem found, keyed by field
/// path (<c>alertId</c>, <c>activities[3].riskScore</c>, <c>[2].userId</c>; <c>$</c> for the whole body).
/// The errors map is shaped like RFC 9457 validation <c>errors</c>, so the HTTP layer can pass it on as is.
/// </summary>
public abstract record Validation<T>
{
    private Validation()
    {
    }

    public sealed record Valid(T Value) : Validation<T>;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Validation<T>;

    public static Validation<T> From(FieldErrors errors, Func<T> value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(value);
        return errors.HasErrors ? new Invalid(errors.ToDictionary()) : new Valid(value());
    }
}
