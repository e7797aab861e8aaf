using System.Net;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Dashboard;

public sealed class DashboardApiTests
{
    [Fact]
    public async Task The_dashboard_counts_active_cases_recent_cases_by_status_average_age_and_the_alert_backlog()
    {
        using var factory = ApiWithBacklog.Create();
        var now = DateTimeOffset.UtcNow;
        await OpenAsync(factory, now.AddHours(-10));
        await OpenAsync(factory, now.AddHours(-30));
        await OpenAsync(factory, now.AddDays(-40));
        await OpenAsync(factory, now.AddDays(-5), closeAt: now.AddDays(-1));
        await OpenAsync(factory, now.AddDays(-45), closeAt: now.AddDays(-44));
        using var client = factory.ClientAs(AnalystId, Role.Analyst);

        using var response = await client.GetPathAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dashboard = await response.JsonAsync();
        Assert.Equal(3, dashboard.GetProperty("activeCases").GetInt32());
        Assert.Equal(2, dashboard.GetProperty("casesLast30Days").GetProperty("active").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("casesLast30Days").GetProperty("closed").GetInt32());
        Assert.InRange(dashboard.GetProperty("averageActiveCaseAgeHours").GetDouble(), 333.2, 333.5);
        var backlog = dashboard.GetProperty("alertsNeedingReview");
        Assert.Equal((3, 2, 1), (backlog.GetProperty("high").GetInt32(), backlog.GetProperty("medium").GetInt32(), backlog.GetProperty("low").GetInt32()));
    }

    [Fact]
    public async Task An_empty_store_shows_zero_cases_and_no_age()
    {
        using var factory = ApiWithBacklog.Create();
        using var client = factory.ClientAs(InvestigatorId, Role.Investigator);

        var dashboard = await client.GetJsonAsync("/api/dashboard");

        Assert.Equal(0, dashboard.GetProperty("activeCases").GetInt32());
        Assert.Equal(0, dashboard.GetProperty("averageActiveCaseAgeHours").GetDouble());
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.Auditor)]
    [InlineData(null)]
    public async Task Callers_whose_roles_do_not_view_cases_are_403(Role? role)
    {
        using var factory = ApiWithBacklog.Create();
        using var client = role is { } r ? factory.ClientAs(OutsiderId, r) : factory.ClientAs(ContributorId);

        using var response = await client.GetPathAsync("/api/dashboard");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_an_identity_the_dashboard_is_401()
    {
        using var factory = ApiWithBacklog.Create();
        using var client = factory.Anonymous();

        using var response = await client.GetPathAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void The_app_refuses_to_start_without_an_alert_backlog()
    {
        using var factory = new ApiFactory(services => services.RemoveAll<IAlertBacklog>());

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains(nameof(IAlertBacklog), error.Message, StringComparison.Ordinal);
    }

    private static async Task OpenAsync(ApiFactory factory, DateTimeOffset openedAt, DateTimeOffset? closeAt = null)
    {
        var commands = factory.Get<ICaseCommands>();
        var caseId = NewCaseId();
        var user = factory.Get<IUserDirectory>().Pseudonymize(InvestigatedUser);
        Assert.True((await commands.ExecuteAsync(Open(caseId, user, at: openedAt))).Succeeded);
        if (closeAt is { } at)
        {
            var resolve = new CaseCommand.Resolve(CaseClassification.Benign, "Closed.") { CaseId = caseId, At = at, By = AnalystId };
            Assert.True((await commands.ExecuteAsync(resolve)).Succeeded);
        }
    }
}
