using System.Collections.Immutable;
using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Bench.CaseData;

/// <summary>
/// Case-opening commands as triage would send them: a name of topic and department (so a text search
/// can match one case in 10, or one in 80), one user, one to three alerts, opened by one of
/// <see cref="Analysts"/> analysts. Deterministic for a seed and an index.
/// </summary>
public static class SyntheticCases
{
    public const int Analysts = 20;

    public static IReadOnlyList<string> Topics { get; } =
    [
        "Data exfiltration", "Unusual download volume", "Sensitive file sharing", "Departing employee", "Policy violation",
        "Printing confidential files", "USB copy", "Cloud upload", "Email to personal account", "Security alert",
    ];

    public static IReadOnlyList<string> Departments { get; } =
        ["Finance", "Engineering", "Sales", "HR", "Legal", "Marketing", "Support", "Research"];

    private static readonly string[] Policies = ["Data leaks", "Departing users", "Security violations", "Risky browsing"];

    public static CaseId Id(string set, int index) => new(string.Create(CultureInfo.InvariantCulture, $"IR-BENCH-{set}-{index:D7}"));

    public static string Analyst(int index) => string.Create(CultureInfo.InvariantCulture, $"analyst{index % Analysts:D2}@contoso.example");

    public static CaseCommand.OpenCase Open(CaseId caseId, int index, DateTimeOffset openedAt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string name = string.Create(
            CultureInfo.InvariantCulture,
            $"{Topics[random.Next(Topics.Count)]} - {Departments[random.Next(Departments.Count)]} #{index}");
        var user = new UserPseudonym(string.Create(CultureInfo.InvariantCulture, $"{random.NextInt64():x16}"));
        ImmutableArray<AlertSummary> alerts =
        [
            .. Enumerable.Range(0, 1 + random.Next(3)).Select(k => new AlertSummary(
                new AlertId(string.Create(CultureInfo.InvariantCulture, $"{caseId.Value}-a{k}")),
                Policies[random.Next(Policies.Length)],
                (Severity)random.Next(3),
                openedAt.AddHours(-1 - k))),
        ];
        return new CaseCommand.OpenCase(name, user, alerts)
        {
            CaseId = caseId,
            At = openedAt,
            By = Analyst(random.Next(Analysts)),
            RequestId = "open-" + caseId.Value,
        };
    }
}
