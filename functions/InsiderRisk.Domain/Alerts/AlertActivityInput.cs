namespace InsiderRisk.Domain.Alerts;

/// <summary>Raw shape of one entry of <c>activities[]</c>.</summary>
public sealed record AlertActivityInput
{
    public string? Type { get; init; }

    public string? Time { get; init; }

    public double? RiskScore { get; init; }

    public string? Detail { get; init; }
}
