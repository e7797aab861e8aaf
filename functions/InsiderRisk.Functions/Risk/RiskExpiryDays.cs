using System.Globalization;

namespace InsiderRisk.Functions.Risk;

/// <summary>The <c>RiskExpiry</c> partition of an instant: its UTC day, <c>yyyyMMdd</c>, so key order is time order.</summary>
public static class RiskExpiryDays
{
    public static string? Of(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : null;
}
