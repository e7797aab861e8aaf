namespace InsiderRisk.Domain.Risk;

/// <summary>Admin-configurable scoring knobs. Booster factors are at least 1: they only ever raise a score.</summary>
public sealed record RiskScoringSettings
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);
    public const double DefaultPriorityUserGroupFactor = 1.25;
    public const double DefaultPotentialHighImpactFactor = 1.5;

    public static RiskScoringSettings Default { get; } =
        new(DefaultWindow, DefaultPriorityUserGroupFactor, DefaultPotentialHighImpactFactor);

    public RiskScoringSettings(TimeSpan window, double priorityUserGroupFactor, double potentialHighImpactFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        Window = window;
        PriorityUserGroupFactor = ValidFactor(priorityUserGroupFactor);
        PotentialHighImpactFactor = ValidFactor(potentialHighImpactFactor);
    }

    /// <summary>How far back from <c>now</c> detections count; the start is inclusive.</summary>
    public TimeSpan Window { get; }

    public double PriorityUserGroupFactor { get; }

    public double PotentialHighImpactFactor { get; }

    public DateTimeOffset WindowStart(DateTimeOffset now) => now - Window;

    private static double ValidFactor(double factor, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(factor))] string? name = null) =>
        double.IsFinite(factor) && factor >= 1.0
            ? factor
            : throw new ArgumentOutOfRangeException(name, factor, "A booster factor must be a finite number of at least 1.");
}
