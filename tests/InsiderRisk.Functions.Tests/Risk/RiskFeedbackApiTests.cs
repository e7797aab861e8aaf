using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>DOMAIN.md's feedback table (user and case rows), through the routes and the <c>ApplyRiskFeedback</c> function.</summary>
public sealed class RiskFeedbackApiTests
{
    [Fact]
    public async Task Feedback_is_Pending_at_once_and_Processed_once_the_processor_applies_it()
    {
        using var app = new RiskApp();
        const string user = "pending@contoso.test";
        await app.SeedAlertAsync(user, 100);
        await app.RecomputeAsync();

        using var response = await app.FeedbackAsync($"/api/users/{app.Pseudonym(user)}/risk/confirm-compromised");
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var before = await app.GetRiskAsync(user);
        var delivered = await app.DrainFeedbackQueueAsync();
        var after = await app.GetRiskAsync(user);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Pending", accepted.GetProperty("riskProcessingState").GetString());
        Assert.Equal(("Pending", 38), (before.GetProperty("riskProcessingState").GetString(), before.GetProperty("score").GetInt32()));
        Assert.Equal(1, delivered);
        Assert.Equal("Processed", after.GetProperty("riskProcessingState").GetString());
        Assert.Equal(70, after.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task Confirm_user_compromised_makes_them_High_ConfirmedCompromised_with_the_admin_detection()
    {
        using var app = new RiskApp();
        const string user = "compromised@contoso.test";
        await app.SeedAlertAsync(user, 20);

        using var response = await app.FeedbackAsync($"/api/users/{app.Pseudonym(user)}/risk/confirm-compromised", "investigator@contoso.test", Role.Investigator);
        await app.DrainFeedbackQueueAsync();
        var risk = await app.GetRiskAsync(user);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("High", "ConfirmedCompromised"), (risk.GetProperty("level").GetString(), risk.GetProperty("state").GetString()));
        var detection = Assert.Single(risk.GetProperty("detections").EnumerateArray());
        Assert.Equal("Admin confirmed user compromised", detection.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Dismissing_is_irreversible_only_alerts_detected_after_it_count()
    {
        using var app = new RiskApp();
        const string user = "dismissed@contoso.test";
        var path = $"/api/users/{app.Pseudonym(user)}/risk";
        await app.SeedAlertAsync(user, 100, daysAgo: 2);
        await app.FeedbackAsync(path + "/confirm-compromised");
        app.Clock.Advance(TimeSpan.FromHours(1));

        using var dismiss = await app.FeedbackAsync(path + "/dismiss");
        await app.DrainFeedbackQueueAsync();
        var dismissed = await app.GetRiskAsync(user);
        await app.RecomputeAsync();
        var rerun = await app.GetRiskAsync(user);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var later = await app.SeedAlertAsync(user, 100, daysAgo: 0);
        await app.RecomputeAsync();
        var afterNewAlert = await app.GetRiskAsync(user);

        Assert.Equal(HttpStatusCode.Accepted, dismiss.StatusCode);
        Assert.Equal((0, "None", "Dismissed"), (dismissed.GetProperty("score").GetInt32(), dismissed.GetProperty("level").GetString(), dismissed.GetProperty("state").GetString()));
        Assert.Equal(0, rerun.GetProperty("score").GetInt32());
        Assert.Empty(dismissed.GetProperty("detections").EnumerateArray());
        Assert.Equal(38, afterNewAlert.GetProperty("score").GetInt32());
        Assert.Equal([later.Value], afterNewAlert.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("alertId").GetString()));
    }

    [Fact]
    public async Task A_case_resolved_as_confirmed_policy_violation_holds_the_user_at_least_High()
    {
        using var app = new RiskApp();
        const string user = "violation@contoso.test";
        var alert = await app.SeedAlertAsync(user, 30, status: AlertStatus.Resolved);

        await app.ResolveCaseAsync(user, "case-cpv", CaseClassification.ConfirmedPolicyViolation, alert);
        var pending = await app.GetRiskAsync(user);
        await app.DrainFeedbackQueueAsync();
        var risk = await app.GetRiskAsync(user);

        Assert.Equal("Pending", pending.GetProperty("riskProcessingState").GetString());
        Assert.Equal((70, "High", "Processed"), (risk.GetProperty("score").GetInt32(), risk.GetProperty("level").GetString(), risk.GetProperty("riskProcessingState").GetString()));
        Assert.Equal([alert.Value], risk.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("alertId").GetString()));
        Assert.Equal("case-cpv", Assert.Single(risk.GetProperty("detections").EnumerateArray()).GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task A_case_resolved_Benign_stops_its_alerts_counting_promptly()
    {
        using var app = new RiskApp();
        const string user = "benign@contoso.test";
        var alert = await app.SeedAlertAsync(user, 100, status: AlertStatus.Confirmed);
        await app.RecomputeAsync();

        await app.ResolveCaseAsync(user, "case-benign", CaseClassification.Benign, alert);
        await app.DrainFeedbackQueueAsync();
        var risk = await app.GetRiskAsync(user);

        Assert.Equal((0, "None"), (risk.GetProperty("score").GetInt32(), risk.GetProperty("level").GetString()));
    }
}
