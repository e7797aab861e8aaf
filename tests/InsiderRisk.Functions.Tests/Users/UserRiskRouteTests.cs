using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Tests.Risk;
using InsiderRisk.Functions.Users;

namespace InsiderRisk.Functions.Tests.Users;

/// <summary>The user and sign-in risk routes: who may call them, unknown ids, and how users are named.</summary>
public sealed class UserRiskRouteTests : IClassFixture<UserRiskRouteTests.Fixture>
{
    private const string Known = "known.user@contoso.test";
    private const string SignIn = "route-signin-1";
    private readonly RiskApp _app;

    public UserRiskRouteTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _app = fixture.App;
    }

    public static TheoryData<string, string, Role[]> Denied => new()
    {
        { "GET", "/api/users/{user}/risk", [Role.Admin, Role.Auditor] },
        { "POST", "/api/users/{user}/risk/confirm-compromised", [Role.Admin, Role.Auditor] },
        { "POST", "/api/users/{user}/risk/dismiss", [Role.Admin, Role.Auditor] },
        { "GET", "/api/signins/{signin}/risk", [Role.Admin, Role.Auditor] },
        { "POST", "/api/signins/{signin}/confirm-safe", [Role.Admin, Role.Auditor] },
        { "POST", "/api/signins/{signin}/confirm-compromised", [Role.Admin, Role.Auditor] },
    };

    [Theory]
    [MemberData(nameof(Denied))]
    public async Task Each_route_is_401_without_an_identity_and_403_for_roles_it_does_not_serve(string method, string template, Role[] refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var path = template.Replace("{user}", _app.Pseudonym(Known).Value, StringComparison.Ordinal).Replace("{signin}", SignIn, StringComparison.Ordinal);
        using var anonymous = _app.Factory.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.Unauthorized);
        foreach (var role in refused)
        {
            using var client = _app.As("not.allowed@contoso.test", role);
            await ProblemAssert.IsProblemAsync(await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.Forbidden);
        }

        using var none = _app.As("no.role@contoso.test");
        await ProblemAssert.IsProblemAsync(await none.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/users/User-0000000000/risk")]
    [InlineData("POST", "/api/users/User-0000000000/risk/dismiss")]
    [InlineData("GET", "/api/users/known.user@contoso.test/risk")]
    [InlineData("POST", "/api/users/%20/risk/confirm-compromised")]
    [InlineData("GET", "/api/signins/%20/risk")]
    [InlineData("GET", "/api/signins/no-such-signin/risk")]
    [InlineData("POST", "/api/signins/no-such-signin/confirm-safe")]
    public async Task Unknown_users_and_sign_ins_are_404_and_raw_ids_name_nobody_while_pseudonymized(string method, string path)
    {
        using var analyst = _app.As(RiskApp.Analyst, Role.Analyst);

        using var response = await analyst.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("known.user", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_user_no_run_has_scored_yet_reads_0_None_Pending()
    {
        var risk = await _app.GetRiskAsync(Known);

        Assert.Equal(_app.Pseudonym(Known).Value, risk.GetProperty("userId").GetString());
        Assert.Equal((0, "None", "Pending"), (risk.GetProperty("score").GetInt32(), risk.GetProperty("level").GetString(), risk.GetProperty("riskProcessingState").GetString()));
        Assert.Equal(JsonValueKind.Null, risk.GetProperty("computedAt").ValueKind);
    }

    [Fact]
    public async Task Feedback_is_audited_against_the_pseudonym_with_the_sign_in_in_the_detail()
    {
        using var response = await _app.FeedbackAsync($"/api/signins/{SignIn}/confirm-safe", "feedback.giver@contoso.test", Role.Investigator);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal((SignIn, "Pending"), (accepted.GetProperty("signInId").GetString(), accepted.GetProperty("riskProcessingState").GetString()));
        var entry = Assert.Single(await Builders.AuditAsync(_app, SignInEndpoints.ConfirmSafeAction), e => e.Actor == "feedback.giver@contoso.test");
        Assert.Equal((AuditOutcome.Succeeded, _app.Pseudonym(Known).Value), (entry.Outcome, entry.Target));
        Assert.Contains(SignIn, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_pseudonymization_off_a_raw_id_names_the_user_and_responses_show_it()
    {
        using var app = new RiskApp();
        await app.SeedAlertAsync("plain.user@contoso.test", 100);
        using var admin = app.As(RiskApp.Admin, Role.Admin);
        var settings = JsonNode.Parse((await admin.GetFromJsonAsync<JsonElement>("/api/settings")).GetRawText())!.AsObject();
        settings["pseudonymizeUsers"] = false;
        (await admin.PutAsync("/api/settings", Tests.Builders.Json(settings.ToJsonString()))).EnsureSuccessStatusCode();
        using var analyst = app.As(RiskApp.Analyst, Role.Analyst);

        var risk = await analyst.GetFromJsonAsync<JsonElement>("/api/users/Plain.User@contoso.test/risk");
        using var dismiss = await analyst.PostAsync("/api/users/plain.user@contoso.test/risk/dismiss", null);

        Assert.Equal("plain.user@contoso.test", risk.GetProperty("userId").GetString());
        Assert.Equal(HttpStatusCode.Accepted, dismiss.StatusCode);
        var entry = Assert.Single(await Builders.AuditAsync(app, UserRiskEndpoints.DismissAction));
        Assert.Equal(app.Pseudonym("plain.user@contoso.test").Value, entry.Target);
    }

    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        public RiskApp App { get; } = new();

        public Task InitializeAsync() => App.SeedAlertAsync(Known, 60, signInId: SignIn);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }
}
