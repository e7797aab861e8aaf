using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Tests.AuditApi;

internal static class Builders
{
    public const string Auditor = "auditor@contoso.test";

    public static readonly DateTimeOffset Day = new(2026, 2, 10, 0, 0, 0, TimeSpan.Zero);

    public static AuditEntry Entry(double hours, string actor, string action, string target = "case-1") =>
        new(Day.AddHours(hours), actor, action, target, AuditOutcome.Succeeded);

    public static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
