namespace InsiderRisk.Domain.Alerts;

/// <summary>Raw shape of one entry of <c>contentItems[]</c>.</summary>
public sealed record ContentItemInput
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? Source { get; init; }

    public string? Location { get; init; }

    public string? Sensitivity { get; init; }
}
