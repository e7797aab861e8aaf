using InsiderRisk.Functions.Risk;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>The run's key-range queries and checkpoints on the Azure Table protocol (Azurite), not only SQLite.</summary>
public sealed class RiskOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_sliced_run_with_feedback_and_aging_scores_as_on_the_embedded_store()
    {
        using var onAzurite = new RiskApp(azurite: azurite.Server);
        using var embedded = new RiskApp();
        foreach (var app in new[] { onAzurite, embedded })
        {
            for (var i = 0; i < 6; i++)
            {
                await app.SeedAlertAsync($"azurite-{i}@contoso.test", 20 + (i * 13), daysAgo: 85 + i);
                await app.SeedAlertAsync($"azurite-{i}@contoso.test", 90 - (i * 7), daysAgo: 1, signInId: $"azurite-signin-{i}");
            }

            await app.RecomputeAsync(new RiskRunBudget(Time: null, MaxSteps: 2));
            await app.FeedbackAsync("/api/signins/azurite-signin-2/confirm-safe");
            await app.DrainFeedbackQueueAsync();
            app.Clock.Advance(TimeSpan.FromDays(3));
            await app.RecomputeAsync(new RiskRunBudget(Time: null, MaxSteps: 1));
        }

        for (var i = 0; i < 6; i++)
        {
            var expected = await embedded.GetRiskAsync($"azurite-{i}@contoso.test");
            var actual = await onAzurite.GetRiskAsync($"azurite-{i}@contoso.test");
            Assert.Equal(expected.GetProperty("score").GetInt32(), actual.GetProperty("score").GetInt32());
            Assert.Equal(expected.GetProperty("contributions").GetArrayLength(), actual.GetProperty("contributions").GetArrayLength());
        }
    }
}
