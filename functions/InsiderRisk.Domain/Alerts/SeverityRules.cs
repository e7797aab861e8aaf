namespace InsiderRisk.Domain.Alerts;

public static class SeverityRules
{
    public const int HighFrom = 70;
    public const int MediumFrom = 40;

    /// <summary>The severity a sender's omitted severity defaults to.</summary>
    public static Severity FromRiskScore(int riskScore) => riskScore switch
    {
        >= HighFrom => Severity.High,
        >= MediumFrom => Severity.Medium,
        _ => Severity.Low,
    };

    /// <summary>Enum names as the API writes them, matched ignoring case; digits ("2") are not names.</summary>
    public static bool TryParse(string? text, out Severity severity) => EnumNames.TryParse(text, out severity);
}
