using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Dashboard;

/// <summary>Alerts needing review, per severity.</summary>
public sealed record SeverityCounts(int High, int Medium, int Low)
{
    public static SeverityCounts None { get; } = new(0, 0, 0);

    public int Total => High + Medium + Low;

    /// <summary>One more (or, with a negative delta, fewer) alert of this severity.</summary>
    public SeverityCounts Add(Severity severity, int delta = 1) => severity switch
    {
        Severity.High => this with { High = High + delta },
        Severity.Medium => this with { Medium = Medium + delta },
        Severity.Low => this with { Low = Low + delta },
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
