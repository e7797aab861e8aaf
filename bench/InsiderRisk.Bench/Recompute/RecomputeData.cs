using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Recompute;

/// <summary>
/// Deterministic users and alerts for the recompute, generated user by user (never all at once):
/// about Poisson(alerts ÷ users) alerts each, spread over 120 days, 60 % NeedsReview, 20 % Confirmed,
/// 10 % Dismissed, 10 % Resolved, a third on one of the user's three sign-ins. No detection falls
/// within a day of the 90-day window's edge, so no assessment ages out on the run's own day and an
/// incremental run rescores exactly the users whose inputs changed.
/// </summary>
public sealed class RecomputeData(int users, int alerts, int seed, DateTimeOffset now)
{
    private static readonly TimeSpan Spread = TimeSpan.FromDays(120);
    private static readonly TimeSpan EdgeFrom = TimeSpan.FromDays(89);
    private static readonly TimeSpan EdgeTo = TimeSpan.FromDays(91);

    public int UserCount => users;

    public DateTimeOffset Now => now;

    public static string UserIdOf(int index) => string.Create(CultureInfo.InvariantCulture, $"user{index:D7}@contoso.example");

    public IEnumerable<RecomputeUser> Users()
    {
        double mean = (double)alerts / users;
        for (int user = 0; user < users; user++)
        {
            var random = new Random(unchecked((seed * 397) ^ user));
            int count = Poisson(mean, random);
            var facts = new RiskAlertFact[count];
            for (int a = 0; a < count; a++)
            {
                facts[a] = FactOf(string.Create(CultureInfo.InvariantCulture, $"rc-{seed}-{user:D7}-{a:D3}"), user, random);
            }

            yield return new RecomputeUser(user, UserIdOf(user), facts);
        }
    }

    private RiskAlertFact FactOf(string alertId, int user, Random random)
    {
        int score = random.NextDouble() switch
        {
            < 0.70 => random.Next(10, 60),
            < 0.95 => random.Next(60, 90),
            _ => random.Next(90, 101),
        };
        var status = random.NextDouble() switch
        {
            < 0.60 => AlertStatus.NeedsReview,
            < 0.80 => AlertStatus.Confirmed,
            < 0.90 => AlertStatus.Dismissed,
            _ => AlertStatus.Resolved,
        };
        SignInId? signIn = random.Next(3) == 0 ? new SignInId(string.Create(CultureInfo.InvariantCulture, $"si-{user:D7}-{random.Next(3)}")) : null;
        TimeSpan age;
        do
        {
            age = TimeSpan.FromMinutes(10 + (random.NextDouble() * Spread.TotalMinutes));
        }
        while (age >= EdgeFrom && age <= EdgeTo);

        // Seconds only: the stores keep times to the millisecond or coarser, and the facts must equal what is read back.
        var detectedAt = new DateTimeOffset((now - age).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return new RiskAlertFact(new AlertId(alertId), score, detectedAt, status, null, signIn);
    }

    // Knuth's method: fine for the small means used here (about 10).
    private static int Poisson(double mean, Random random)
    {
        double limit = Math.Exp(-mean);
        double product = random.NextDouble();
        int count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
