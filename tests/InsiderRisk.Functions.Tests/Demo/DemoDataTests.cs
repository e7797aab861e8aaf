using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Demo;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Functions.Tests.LocalRun;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Demo;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Given_a_fresh_store_When_the_app_starts_with_the_demo_Then_a_first_time_user_sees_a_populated_product()
    {
        var directory = DemoBuilders.NewDataDirectory();
        using (var factory = DemoBuilders.AppWithDemo(directory))
        {
            Assert.True(await DemoBuilders.DemoLoadedAsync(factory));
            using var client = factory.ClientAs(DemoPeople.Analyst, Role.Analyst);

            var dashboard = await client.GetJsonAsync("/api/dashboard");
            Assert.Equal(2, dashboard.GetProperty("activeCases").GetInt32());
            Assert.Equal(2, dashboard.GetProperty("casesLast30Days").GetProperty("closed").GetInt32());
            var review = dashboard.GetProperty("alertsNeedingReview");
            Assert.Equal((1, 3, 2), (review.GetProperty("high").GetInt32(), review.GetProperty("medium").GetInt32(), review.GetProperty("low").GetInt32()));

            var cases = (await client.GetJsonAsync("/api/cases?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(4, cases.Count);
            Assert.All(cases, item => Assert.DoesNotContain("@contoso.test", item.GetProperty("user").ToString(), StringComparison.Ordinal));
            var sales = cases.Single(item => item.Text("name") == "Sales pipeline shared outside the company").Text("caseId");
            var notes = await LocalRunBuilders.EventuallyAsync(
                () => client.GetJsonAsync($"/api/cases/{sales}/notes"),
                list => list.EnumerateArray().Any(note => note.Text("text").Contains(DemoTemplates.Reminder, StringComparison.Ordinal)));
            Assert.Contains(notes.EnumerateArray(), note => note.Text("text").Contains(DemoTemplates.Reminder, StringComparison.Ordinal));
            Assert.Contains(notes.EnumerateArray(), note => note.Text("text").Contains("no partner sharing", StringComparison.Ordinal));
            var notice = (await client.GetJsonAsync($"/api/cases/{sales}/effects")).OfKind("SendNotice").Single().Text("effectId");
            using var investigator = factory.ClientAs(DemoPeople.Investigator, Role.Investigator);
            var email = (await investigator.GetJsonAsync($"/api/cases/{sales}/effects/{notice}/sent")).GetProperty("email");
            Assert.Equal(DemoPeople.Megan, email.GetProperty("to")[0].GetString());
            Assert.Contains("Contoso", email.Text("subject"), StringComparison.Ordinal);
            Assert.StartsWith("Hello Megan Bowen", email.Text("body"), StringComparison.Ordinal);
            using (var hidden = await client.GetAsync(new Uri($"/api/cases/{sales}/effects/{notice}/sent", UriKind.Relative)))
            {
                Assert.Equal(System.Net.HttpStatusCode.Forbidden, hidden.StatusCode);
            }

            var contributors = await client.GetJsonAsync($"/api/cases/{sales}/contributors");
            Assert.Contains(DemoPeople.HrPartner, contributors.ToString(), StringComparison.Ordinal);

            var dismissed = (await client.GetJsonAsync("/api/alerts?status=Dismissed")).GetProperty("items");
            Assert.Equal(2, dismissed.GetArrayLength());
        }

        DemoBuilders.DeleteDataDirectory(directory);
    }

    [Fact]
    public async Task Given_the_demo_was_loaded_When_the_app_starts_with_it_again_or_the_load_runs_again_Then_nothing_is_added()
    {
        var directory = DemoBuilders.NewDataDirectory();
        using (var first = DemoBuilders.AppWithDemo(directory))
        {
            Assert.True(await DemoBuilders.DemoLoadedAsync(first));
        }

        using (var second = DemoBuilders.AppWithDemo(directory))
        {
            Assert.False(await DemoBuilders.DemoLoadedAsync(second));
            var tables = second.Get<ITableStore>();
            await tables.ExecuteAsync(DemoLoader.Table, TableOperation.Delete("demo", "loaded-v1"));
            using (var scope = second.Services.CreateScope())
            {
                Assert.True(await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(CancellationToken.None));
            }

            using var client = second.ClientAs(DemoPeople.Analyst, Role.Analyst);
            Assert.Equal(4, (await client.GetJsonAsync("/api/cases?pageSize=100")).GetProperty("items").GetArrayLength());
            Assert.Equal(15, (await client.GetJsonAsync("/api/alerts?pageSize=100")).GetProperty("items").GetArrayLength());
            var history = await client.GetJsonAsync("/api/cases?status=Closed");
            Assert.Equal(2, history.GetProperty("items").GetArrayLength());
        }

        DemoBuilders.DeleteDataDirectory(directory);
    }

    [Fact]
    public void The_switch_or_the_setting_asks_for_the_demo()
    {
        var none = LocalRunBuilders.Configuration();
        Assert.True(DemoRequest.From(["--demo"], none).Requested);
        Assert.True(DemoRequest.From([], LocalRunBuilders.Configuration(("InsiderRisk:Demo", "true"))).Requested);
        Assert.False(DemoRequest.From(["--urls", "http://localhost:5000"], none).Requested);
        Assert.Contains("X-Roles: Analyst", DemoTryThis.Text("http://localhost:7071"), StringComparison.Ordinal);
    }
}
