using System.Diagnostics;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Recompute;

/// <summary>The recompute's two baselines: the alert rows read raw, and the scoring alone, in memory.</summary>
public static class RecomputeBaselines
{
    /// <summary>
    /// Every alert row streamed in pages of 1,000 and turned into what scoring needs (score, time,
    /// status, the sign-in from its JSON); nothing is kept. Returns the time and the rows read.
    /// </summary>
    public static async Task<(TimeSpan Time, long Rows)> ReadAlertRowsAsync(ITableStore tables, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        long start = Stopwatch.GetTimestamp();
        long rows = 0;
        long checksum = 0;
        await foreach (var row in tables.QueryAsync(table, new TableQuery(), cancellationToken))
        {
            var score = (int)Math.Round(row.GetDouble("RiskScore") ?? 0);
            var status = Enum.Parse<AlertStatus>(row.GetString("Status") ?? nameof(AlertStatus.NeedsReview));
            var detectedAt = row.GetDateTime("DetectedAt") ?? DateTimeOffset.MinValue;
            var signIn = AlertSignIns.Of(ChunkedText.Read(row, "D"));
            checksum += score + (int)status + detectedAt.Second + (signIn is null ? 0 : 1);
            rows++;
        }

        GC.KeepAlive(checksum);
        return (Stopwatch.GetElapsedTime(start), rows);
    }

    /// <summary>
    /// <see cref="UserRiskAssessor.Assess"/> of every user's generated alerts with the app's scoring
    /// settings: the recompute's computation without any store. Only the assessments are timed.
    /// </summary>
    public static TimeSpan ScoreInMemory(RecomputeData data, RiskScoringContext context, IUserDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directory);
        var scoring = TimeSpan.Zero;
        long checksum = 0;
        foreach (var user in data.Users())
        {
            var membership = context.MembershipOf(directory.Pseudonymize(user.UserId));
            long start = Stopwatch.GetTimestamp();
            var assessment = UserRiskAssessor.Assess(UserRiskProfile.Empty, user.Alerts, membership, context.Settings, data.Now);
            scoring += Stopwatch.GetElapsedTime(start);
            checksum += assessment.Score;
        }

        GC.KeepAlive(checksum);
        return scoring;
    }
}
