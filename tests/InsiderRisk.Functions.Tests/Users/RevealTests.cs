using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Tests.Risk;
using InsiderRisk.Functions.Users;

namespace InsiderRisk.Functions.Tests.Users;

public sealed class RevealTests : IClassFixture<RevealTests.Fixture>
{
    private const string Person = "reveal.me@contoso.test";
    private readonly RiskApp _app;

    public RevealTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _app = fixture.App;
    }

    [Fact]
    public async Task An_Investigator_with_a_reason_gets_the_real_identity_and_the_reveal_is_audited()
    {
        using var investigator = _app.As(Builders.Investigator, Role.Investigator);

        using var response = await investigator.PostAsync($"/api/users/{_app.Pseudonym(Person)}/reveal", Builders.Reveal("Case c-17: HR asked who this is"));
        var identity = await response.Content.ReadFromJsonAsync<JsonElement>();
        var audit = await Builders.AuditAsync(_app, RevealEndpoint.Action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((Person, "Display " + Person, "Finance"), (identity.GetProperty("id").GetString(), identity.GetProperty("displayName").GetString(), identity.GetProperty("department").GetString()));
        var entry = Assert.Single(audit, e => e.Outcome == AuditOutcome.Succeeded && e.Detail!.Contains("HR asked who this is", StringComparison.Ordinal));
        Assert.Equal((Builders.Investigator, _app.Pseudonym(Person).Value), (entry.Actor, entry.Target));
    }

    [Fact]
    public async Task An_Analyst_is_refused_403_and_the_denial_is_audited_against_the_pseudonym()
    {
        using var analyst = _app.As("curious.analyst@contoso.test", Role.Analyst);

        using var response = await analyst.PostAsync($"/api/users/{_app.Pseudonym(Person)}/reveal", Builders.Reveal("curious"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        var entry = Assert.Single(await Builders.AuditAsync(_app, RevealEndpoint.Action), e => e.Actor == "curious.analyst@contoso.test");
        Assert.Equal((AuditOutcome.Denied, _app.Pseudonym(Person).Value), (entry.Outcome, entry.Target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("x", 501)]
    public async Task A_missing_blank_or_too_long_reason_is_400_naming_the_reason(string? reason, int repeat = 1)
    {
        using var investigator = _app.As(Builders.Investigator, Role.Investigator);

        using var response = await investigator.PostAsync(
            $"/api/users/{_app.Pseudonym(Person)}/reveal",
            Builders.Reveal(reason is null ? null : string.Concat(Enumerable.Repeat(reason, repeat))));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task A_request_without_a_body_is_400_too()
    {
        using var investigator = _app.As(Builders.Investigator, Role.Investigator);

        using var response = await investigator.PostAsync($"/api/users/{_app.Pseudonym(Person)}/reveal", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Revealing_nobody_is_404_and_audited_as_failed()
    {
        using var investigator = _app.As(Builders.Investigator, Role.Investigator);
        var nobody = _app.Pseudonym("nobody.at.all@contoso.test").Value;

        using var response = await investigator.PostAsync($"/api/users/{nobody}/reveal", Builders.Reveal("checking"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(await Builders.AuditAsync(_app, RevealEndpoint.Action), e => e.Target == nobody && e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task Without_an_identity_the_answer_is_401()
    {
        using var anonymous = _app.Factory.Anonymous();

        using var response = await anonymous.PostAsync($"/api/users/{_app.Pseudonym(Person)}/reveal", Builders.Reveal("x"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        public RiskApp App { get; } = new();

        public Task InitializeAsync() => App.SeedAlertAsync(Person, 40);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }
}
