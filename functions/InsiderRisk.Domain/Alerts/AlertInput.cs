namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// An alert exactly as a sender wrote it: every field may be missing or wrong. The HTTP and queue
/// layers deserialize into this shape and hand it to <see cref="AlertValidator"/>.
/// </summary>
public sealed record AlertInput
{
    public string? AlertId { get; init; }

    public string? UserId { get; init; }

    public string? Policy { get; init; }

    public string? Severity { get; init; }

    public double? RiskScore { get; init; }

    public string? DetectedAt { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<AlertActivityInput?>? Activities { get; init; }

    public IReadOnlyList<ContentItemInput?>? ContentItems { get; init; }

    public string? SignInId { get; init; }
}
