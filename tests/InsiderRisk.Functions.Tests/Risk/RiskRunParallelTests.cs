using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>Runs that score several users of a page at once store and count exactly what one at a time does.</summary>
public sealed class RiskRunParallelTests
{
    [Fact]
    public async Task A_run_scoring_eight_users_at_once_stores_and_counts_what_one_at_a_time_does_in_dirty_full_and_aging_runs()
    {
        using var sequential = new RiskApp(services => Parallelism(services, 1));
        using var parallel = new RiskApp(services => Parallelism(services, 8));
        var users = parallel.UsersOfOneShard("par-user", 24);
        foreach (var app in new[] { sequential, parallel })
        {
            await SeedAsync(app, users);
        }

        foreach (var step in new Func<RiskApp, Task>[] { _ => Task.CompletedTask, app => BoostAsync(app, users[3]), app => AgeAsync(app, 80) })
        {
            await step(sequential);
            await step(parallel);
            var one = await sequential.RecomputeAsync();
            var eight = await parallel.RecomputeAsync();

            Assert.Equal((one.Full, one.UsersTotal, one.UsersScored, one.UsersRescored), (eight.Full, eight.UsersTotal, eight.UsersScored, eight.UsersRescored));
            Assert.Equal(await CanonicalAsync(sequential, users), await CanonicalAsync(parallel, users));
        }
    }

    [Fact]
    public async Task A_run_killed_while_scoring_a_batch_resumes_and_counts_and_scores_each_user_once()
    {
        using var whole = new RiskApp(services => Parallelism(services, 8));
        var crash = new CrashingTableStore.Switch(failAfterAssessments: 6);
        using var killed = new RiskApp(services =>
        {
            Parallelism(services, 8);
            CrashingTableStore.Install(services, crash);
        });
        var users = killed.UsersOfOneShard("crash-user", 20);
        await SeedAsync(whole, users);
        await SeedAsync(killed, users);
        await whole.RecomputeAsync();

        string runId;
        using (var scope = killed.Services.CreateScope())
        {
            runId = (await scope.ServiceProvider.GetRequiredService<RiskRunScheduler>().StartAsync(RiskRunTrigger.Manual)).RunId;
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => killed.RunToCompletionAsync(runId, RiskRunBudget.Unlimited));
        crash.Disarm();
        killed.Clock.Advance(RiskRunBudget.Unlimited.Lease + TimeSpan.FromSeconds(1));
        var resumed = await killed.RunToCompletionAsync(runId, RiskRunBudget.Unlimited);

        Assert.Equal((20, 20, 20), (resumed.UsersTotal, resumed.UsersScored, resumed.UsersRescored));
        // The killed app's clock moved on past the lease: the users it rescored after are computed later.
        Assert.Equal(await CanonicalAsync(whole, users, withTimes: false), await CanonicalAsync(killed, users, withTimes: false));
        Assert.Equal(0, (await killed.RecomputeAsync()).UsersScored);
    }

    [Fact]
    public async Task A_rescore_records_sign_ins_the_stored_assessment_does_not_list_and_rewrites_none_it_lists()
    {
        var counts = new CountingTableStore.Counts();
        using var app = new RiskApp(services => CountingTableStore.Install(services, counts));
        const string User = "signin-user@contoso.test";
        await app.SeedAlertAsync(User, 40, signInId: "si-known-1");
        await app.SeedAlertAsync(User, 60, signInId: "si-known-2");
        await app.RecomputeAsync();
        var afterFirst = counts.Of(RiskTables.SignIns);
        await app.SeedAlertAsync(User, 70, signInId: "si-new", recordSignIn: false);

        var second = await app.RecomputeAsync();
        var afterSecond = counts.Of(RiskTables.SignIns);
        await BoostAsync(app, User);
        var full = await app.RecomputeAsync();

        Assert.Equal((1, 1), (second.UsersRescored, afterSecond - afterFirst));
        Assert.Equal(app.Pseudonym(User), await app.Services.GetRequiredService<SignInIndex>().FindUserAsync(new SignInId("si-new")));
        Assert.True(full.Full);
        Assert.Equal(1, full.UsersRescored);
        Assert.Equal(afterSecond, counts.Of(RiskTables.SignIns));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Risk_parallelism_is_between_1_and_64(int parallelism, bool valid)
    {
        var result = new RiskOptionsValidator().Validate(null, new RiskOptions { Parallelism = parallelism });

        Assert.Equal(valid, result.Succeeded);
        Assert.Equal(valid ? null : $"Risk__Parallelism must be between 1 and 64 users at once, not {parallelism}.", result.FailureMessage);
    }

    private static void Parallelism(IServiceCollection services, int parallelism) =>
        services.PostConfigure<RiskOptions>(options => options.Parallelism = parallelism);

    // Alerts with and without sign-ins, some joined to a resolved case; a few old enough to age out.
    private static async Task SeedAsync(RiskApp app, string[] users)
    {
        for (var i = 0; i < users.Length; i++)
        {
            var alerts = new List<AlertId>();
            for (var a = 0; a <= i % 3; a++)
            {
                var status = (i + a) % 4 == 0 ? AlertStatus.Confirmed : AlertStatus.NeedsReview;
                var signIn = (i + a) % 2 == 0 ? string.Create(CultureInfo.InvariantCulture, $"si-{i}-{a % 2}") : null;
                var alert = await app.SeedAlertAsync(users[i], 10 + ((i * 23) + (a * 31)) % 91, daysAgo: 1 + (a * 4) + (i % 5 * 2), status, signIn);
                if (status == AlertStatus.Confirmed)
                {
                    alerts.Add(alert);
                }
            }

            if (alerts.Count > 0)
            {
                var classification = i % 2 == 0 ? CaseClassification.ConfirmedPolicyViolation : CaseClassification.Benign;
                await app.ResolveCaseAsync(users[i], $"case-{i}", classification, [.. alerts]);
            }
        }
    }

    private static async Task BoostAsync(RiskApp app, string rawUser)
    {
        var settings = app.Services.GetRequiredService<ISettingsStore>();
        await settings.SaveAsync((await settings.GetAsync()) with { HighImpactUsers = [rawUser] });
    }

    private static Task AgeAsync(RiskApp app, int days)
    {
        app.Clock.Advance(TimeSpan.FromDays(days));
        return Task.CompletedTask;
    }

    // Alert ids differ between two apps (one counter for the process); everything else must not.
    private static async Task<string> CanonicalAsync(RiskApp app, string[] users, bool withTimes = true)
    {
        var store = app.Services.GetRequiredService<UserRiskStore>();
        var lines = new List<string>();
        foreach (var user in users)
        {
            var stored = await store.GetAsync(app.Pseudonym(user));
            Assert.NotNull(stored);
            var a = stored.Assessment;
            lines.Add(string.Join(
                ' ',
                [
                    user, a.Score, a.Level, a.State, a.FormulaScore, a.BoostedScore, withTimes ? a.ComputedAt.ToString("O", CultureInfo.InvariantCulture) : null,
                    a.ValidUntil?.ToString("O", CultureInfo.InvariantCulture), a.Boosters.Count, a.Detections.Count,
                    string.Join(',', stored.SignIns ?? []),
                    .. a.Contributions.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Rank}:{c.RiskScore}:{c.Contribution:R}")),
                ]));
        }

        return string.Join('\n', lines);
    }
}
