using System.Globalization;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Demo;

/// <summary>
/// The demo's alerts, as an alert pipeline would push them: several policies and severities over the
/// last weeks. Ids are fixed, so loading them again finds them already there.
/// </summary>
public static class DemoAlerts
{
    public const string DataLeaks = "Data leaks";
    public const string DepartingUsers = "Data theft by departing users";
    public const string SecurityViolations = "Security policy violations";
    public const string RiskyBrowsing = "Risky browser usage";

    private static readonly Spec[] Specs =
    [
        new("demo-alert-0001", DemoPeople.Megan, DataLeaks, "High", 88, 3.2, "Confidential files shared with a personal account", "FileSharedExternally", "Q3 pipeline.xlsx"),
        new("demo-alert-0002", DemoPeople.Megan, DataLeaks, "Medium", 61, 5.5, "Sensitive email forwarded outside the organization", "EmailForwarded", "RE: pricing for Fabrikam"),
        new("demo-alert-0003", DemoPeople.Megan, RiskyBrowsing, "Low", 24, 1.1, "Browsing to a file-sharing site", "BrowsedToCloudStorage", "wetransfer.com"),
        new("demo-alert-0004", DemoPeople.Lee, DepartingUsers, "High", 95, 2.4, "Source code downloaded after resignation", "RepositoryCloned", "contoso/mobile-app"),
        new("demo-alert-0005", DemoPeople.Lee, DepartingUsers, "High", 90, 2.0, "Files copied to a USB drive", "FileCopiedToUsb", "design-docs.zip"),
        new("demo-alert-0006", DemoPeople.Lee, SecurityViolations, "Medium", 55, 9.0, "Security tooling disabled on the device", "DefenderDisabled", "LEE-LAPTOP"),
        new("demo-alert-0007", DemoPeople.Adele, DataLeaks, "Medium", 52, 12.3, "Sales report shared with a partner domain", "FileSharedExternally", "Retail Q2 report.pdf"),
        new("demo-alert-0008", DemoPeople.Diego, DataLeaks, "High", 83, 16.0, "Employee records uploaded to a personal cloud", "FileUploadedToCloud", "salaries-2026.xlsx"),
        new("demo-alert-0009", DemoPeople.Diego, SecurityViolations, "Medium", 58, 15.4, "Sign-in from an unfamiliar country", "UnfamiliarSignIn", "Sign-in from 203.0.113.7"),
        new("demo-alert-0010", DemoPeople.Nestor, RiskyBrowsing, "Low", 18, 8.0, "Visited a site categorised as hacking", "BrowsedToRiskySite", "freetools.example"),
        new("demo-alert-0011", DemoPeople.Nestor, DataLeaks, "Low", 21, 6.7, "Printed a labelled document", "FilePrinted", "Ops runbook.docx"),
        new("demo-alert-0012", DemoPeople.Lidia, DataLeaks, "High", 79, 0.6, "Budget workbook emailed to a personal address", "EmailSentExternally", "FY27 budget.xlsx"),
        new("demo-alert-0013", DemoPeople.Lidia, SecurityViolations, "Medium", 47, 1.8, "Mass download from SharePoint", "MassDownload", "Finance site (214 files)"),
        new("demo-alert-0014", DemoPeople.Lidia, RiskyBrowsing, "Low", 15, 4.2, "Uploaded to a generative AI site", "BrowsedToAiSite", "chat.example"),
        new("demo-alert-0015", DemoPeople.Megan, SecurityViolations, "Medium", 44, 0.3, "Password shared in a Teams chat", "SecretInChat", "Teams chat with an external guest"),
    ];

    public static IReadOnlyList<string> Ids { get; } = [.. Specs.Select(spec => spec.AlertId)];

    /// <summary>The alerts as a pipeline sends them, their times counted back from <paramref name="now"/>.</summary>
    public static IReadOnlyList<AlertInput> Inputs(DateTimeOffset now) => [.. Specs.Select(spec => spec.ToInput(now))];

    private sealed record Spec(
        string AlertId, string UserId, string Policy, string Severity, int RiskScore, double DaysAgo, string Title, string ActivityType, string Detail)
    {
        public AlertInput ToInput(DateTimeOffset now)
        {
            var detectedAt = now.AddDays(-DaysAgo);
            return new AlertInput
            {
                AlertId = AlertId,
                UserId = UserId,
                Policy = Policy,
                Severity = Severity,
                RiskScore = RiskScore,
                DetectedAt = Iso(detectedAt),
                Title = Title,
                Activities =
                [
                    new AlertActivityInput { Type = ActivityType, Time = Iso(detectedAt.AddMinutes(-4)), RiskScore = RiskScore, Detail = Detail },
                    new AlertActivityInput { Type = "SignIn", Time = Iso(detectedAt.AddMinutes(-30)), RiskScore = 5, Detail = "Usual device" },
                ],
                ContentItems =
                [
                    new ContentItemInput { Id = AlertId + "-c1", Kind = "File", Name = Detail, Source = "SharePoint", Location = "https://contoso.sharepoint.com/sites/demo/" + AlertId, Sensitivity = "Confidential" },
                ],
            };
        }

        private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }
}
