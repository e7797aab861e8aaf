using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>DOMAIN.md's feedback table, row by row, through the routes and the <c>ApplyRiskFeedback</c> function.</summary>
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
    public async Task Confirm_sign_in_safe_sets_it_to_None_ConfirmedSafe_and_its_detections_stop_counting()
    {
        using var app = new RiskApp();
        const string user = "safe@contoso.test";
        await app.SeedAlertAsync(user, 100, signInId: "signin-safe-1");
        var other = await app.SeedAlertAsync(user, 100);
        await app.RecomputeAsync();

        using var response = await app.FeedbackAsync("/api/signins/signin-safe-1/confirm-safe");
        await app.DrainFeedbackQueueAsync();
        var signIn = await SignInRiskAsync(app, "signin-safe-1");
        var risk = await app.GetRiskAsync(user);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("None", "ConfirmedSafe"), (signIn.GetProperty("level").GetString(), signIn.GetProperty("state").GetString()));
        Assert.Equal(app.Pseudonym(user).Value, signIn.GetProperty("userId").GetString());
        Assert.Equal(38, risk.GetProperty("score").GetInt32());
        Assert.Equal([other.Value], risk.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("alertId").GetString()));
    }

    [Fact]
    public async Task Confirm_sign_in_compromised_makes_the_sign_in_and_the_user_High()
    {
        using var app = new RiskApp();
        const string user = "signin-compromised@contoso.test";
        await app.SeedAlertAsync(user, 10, signInId: "signin-bad-1");
        var low = await SignInRiskAsync(app, "signin-bad-1");

        using var response = await app.FeedbackAsync("/api/signins/signin-bad-1/confirm-compromised", "investigator@contoso.test", Role.Investigator);
        await app.DrainFeedbackQueueAsync();
        var signIn = await SignInRiskAsync(app, "signin-bad-1");
        var risk = await app.GetRiskAsync(user);

        Assert.Equal(("Low", "AtRisk"), (low.GetProperty("level").GetString(), low.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("High", "ConfirmedCompromised"), (signIn.GetProperty("level").GetString(), signIn.GetProperty("state").GetString()));
        Assert.Equal(("High", "AtRisk"), (risk.GetProperty("level").GetString(), risk.GetProperty("state").GetString()));
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

    private static async Task<JsonElement> SignInRiskAsync(RiskApp app, string signInId)
    {
        using var analyst = app.As(RiskApp.Analyst, Role.Analyst);
        return await analyst.GetFromJsonAsync<JsonElement>($"/api/signins/{signInId}/risk");
    }
}
