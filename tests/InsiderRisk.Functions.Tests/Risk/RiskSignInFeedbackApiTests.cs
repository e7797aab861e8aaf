using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>DOMAIN.md's feedback table, sign-in rows: the sign-in's own risk and its effect on the user.</summary>
public sealed class RiskSignInFeedbackApiTests
{
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

    private static async Task<JsonElement> SignInRiskAsync(RiskApp app, string signInId)
    {
        using var analyst = app.As(RiskApp.Analyst, Role.Analyst);
        return await analyst.GetFromJsonAsync<JsonElement>($"/api/signins/{signInId}/risk");
    }
}
