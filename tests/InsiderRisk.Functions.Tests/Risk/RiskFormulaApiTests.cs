using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>DOMAIN.md's score formula, counting rules and boosters, end to end: seed, run, read the API.</summary>
public sealed class RiskFormulaApiTests
{
    [Fact]
    public async Task A_single_100_alert_scores_38_Low_with_its_contribution_listed()
    {
        using var app = new RiskApp();
        var alert = await app.SeedAlertAsync("single@contoso.test", 100);

        await app.RecomputeAsync();
        var risk = await app.GetRiskAsync("single@contoso.test");

        Assert.Equal(38, risk.GetProperty("score").GetInt32());
        Assert.Equal("Low", risk.GetProperty("level").GetString());
        Assert.Equal("AtRisk", risk.GetProperty("state").GetString());
        Assert.Equal("Processed", risk.GetProperty("riskProcessingState").GetString());
        Assert.Equal(Builders.Now, risk.GetProperty("computedAt").GetDateTimeOffset());
        var contribution = Assert.Single(risk.GetProperty("contributions").EnumerateArray());
        Assert.Equal(alert.Value, contribution.GetProperty("alertId").GetString());
        Assert.Equal(100, contribution.GetProperty("riskScore").GetInt32());
        Assert.Equal(100.0 * 100 / 261.2, contribution.GetProperty("contribution").GetDouble(), 9);
    }

    [Fact]
    public async Task Scores_sort_descending_and_weigh_by_rank_to_the_power_1_5()
    {
        using var app = new RiskApp();
        await app.SeedAlertAsync("ranked@contoso.test", 60);
        await app.SeedAlertAsync("ranked@contoso.test", 100);
        await app.SeedAlertAsync("ranked@contoso.test", 80);

        await app.RecomputeAsync();
        var risk = await app.GetRiskAsync("ranked@contoso.test");

        // raw = 100/1 + 80/2^1.5 + 60/3^1.5 = 139.83; 100 · 139.83 / 261.2 = 53.5 → 54.
        var expected = new[] { 100 / 1.0, 80 / Math.Pow(2, 1.5), 60 / Math.Pow(3, 1.5) }.Select(term => 100 * term / 261.2).ToArray();
        Assert.Equal(54, risk.GetProperty("score").GetInt32());
        Assert.Equal("Medium", risk.GetProperty("level").GetString());
        var contributions = risk.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal([100, 80, 60], contributions.Select(c => c.GetProperty("riskScore").GetInt32()));
        Assert.All(contributions.Zip(expected), pair => Assert.Equal(pair.Second, pair.First.GetProperty("contribution").GetDouble(), 9));
    }

    [Fact]
    public async Task Many_high_alerts_approach_and_cap_at_100_High()
    {
        using var app = new RiskApp();
        for (var i = 0; i < 60; i++)
        {
            await app.SeedAlertAsync("many@contoso.test", 100, daysAgo: 1 + (i % 80));
        }

        await app.RecomputeAsync();
        var risk = await app.GetRiskAsync("many@contoso.test");

        Assert.InRange(risk.GetProperty("score").GetInt32(), 70, 100);
        Assert.Equal("High", risk.GetProperty("level").GetString());
        Assert.Equal(60, risk.GetProperty("contributions").GetArrayLength());
    }

    [Fact]
    public async Task Dismissed_alerts_alerts_outside_the_window_and_Benign_case_alerts_do_not_count()
    {
        using var app = new RiskApp();
        const string user = "counting@contoso.test";
        var counted = await app.SeedAlertAsync(user, 100);
        await app.SeedAlertAsync(user, 90, status: AlertStatus.Dismissed);
        await app.SeedAlertAsync(user, 90, daysAgo: 91);
        var benign = await app.SeedAlertAsync(user, 90, status: AlertStatus.Resolved);
        await app.ResolveCaseAsync(user, "case-benign", CaseClassification.Benign, benign);

        await app.RecomputeAsync();
        var risk = await app.GetRiskAsync(user);

        Assert.Equal(38, risk.GetProperty("score").GetInt32());
        Assert.Equal([counted.Value], risk.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("alertId").GetString()));
    }

    [Fact]
    public async Task An_alert_exactly_90_days_old_counts()
    {
        using var app = new RiskApp();
        await app.SeedAlertAsync("edge@contoso.test", 100, daysAgo: 90);

        await app.RecomputeAsync();

        Assert.Equal(38, (await app.GetRiskAsync("edge@contoso.test")).GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData(true, false, 48, "PriorityUserGroup")]
    [InlineData(false, true, 57, "PotentialHighImpactUser")]
    [InlineData(true, true, 71, "PriorityUserGroup,PotentialHighImpactUser")]
    public async Task Boosters_multiply_the_rounded_score_and_are_listed(bool priority, bool highImpact, int expected, string boosters)
    {
        using var app = new RiskApp();
        const string user = "boosted@contoso.test";
        await app.SeedAlertAsync(user, 100);
        using var admin = app.As(RiskApp.Admin, Role.Admin);
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/settings");
        var document = System.Text.Json.Nodes.JsonNode.Parse(settings.GetRawText())!.AsObject();
        // One list names the user by raw id, the other by pseudonym: both are matched as pseudonyms.
        document["priorityUserGroups"] = new System.Text.Json.Nodes.JsonArray(priority ? [user.ToUpperInvariant()] : []);
        document["highImpactUsers"] = new System.Text.Json.Nodes.JsonArray(highImpact ? [app.Pseudonym(user).Value] : []);
        using var put = await admin.PutAsync("/api/settings", Tests.Builders.Json(document.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await app.RecomputeAsync();
        var risk = await app.GetRiskAsync(user);

        Assert.Equal(expected, risk.GetProperty("score").GetInt32());
        Assert.Equal(boosters, string.Join(',', risk.GetProperty("boosters").EnumerateArray().Select(b => b.GetProperty("kind").GetString())));
        Assert.Equal(38, risk.GetProperty("formulaScore").GetInt32());
    }
}
