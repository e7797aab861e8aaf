using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Settings;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>DOMAIN.md triage rule 4: new alerts join the user's open case only where the policy says so.</summary>
public sealed class AutoAttachApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task With_the_policy_setting_on_a_new_alert_joins_the_users_open_case_and_nothing_else_does()
    {
        var policy = "Auto " + NewId();
        var user = NewUser();
        await TurnOnAsync(policy);
        var caseId = await OpenCaseAsync(policy, user);
        var (joins, otherPolicy, otherUser) = (NewId(), NewId(), NewId());

        await app.IngestAsync(Batch(
            Alert(joins, userId: user, policy: policy),
            Alert(otherPolicy, userId: user, policy: "Manual " + NewId()),
            Alert(otherUser, userId: NewUser(), policy: policy)));

        Assert.Equal(caseId, (await app.AlertAsync(joins)).GetProperty("caseId").GetString());
        Assert.Equal("NeedsReview", (await app.AlertAsync(otherPolicy)).GetProperty("status").GetString());
        Assert.Equal("NeedsReview", (await app.AlertAsync(otherUser)).GetProperty("status").GetString());
        Assert.Equal(2, (await app.CaseAsync(caseId)).Alerts.Length);
    }

    [Fact]
    public async Task With_the_setting_off_the_open_case_counts_only_alerts_attached_to_it()
    {
        var policy = "Off " + NewId();
        var user = NewUser();
        var caseId = await OpenCaseAsync(policy, user);
        var later = NewId();

        await app.IngestAsync(Alert(later, userId: user, policy: policy));

        Assert.Equal("NeedsReview", (await app.AlertAsync(later)).GetProperty("status").GetString());
        Assert.Single((await app.CaseAsync(caseId)).Alerts);
    }

    [Fact]
    public async Task Once_the_case_is_resolved_new_alerts_wait_for_review_again()
    {
        var policy = "Closed " + NewId();
        await TurnOnAsync(policy);
        var user = NewUser();
        var caseId = await OpenCaseAsync(policy, user);
        var resolved = await app.Cases.ExecuteAsync(new CaseCommand.Resolve(CaseClassification.ConfirmedPolicyViolation, "Access revoked.")
        {
            CaseId = new CaseId(caseId), At = DateTimeOffset.UtcNow, By = AnalystId,
        });
        Assert.True(resolved.Succeeded);
        var later = NewId();

        await app.IngestAsync(Alert(later, userId: user, policy: policy));

        Assert.Equal("NeedsReview", (await app.AlertAsync(later)).GetProperty("status").GetString());
        Assert.Equal("ConfirmedPolicyViolation", (await app.RowAsync((await app.CaseAsync(caseId)).Alerts[0].AlertId.Value))!.Classification);
    }

    private async Task TurnOnAsync(string policy)
    {
        var settings = app.Factory.Get<ISettingsStore>();
        var current = await settings.GetAsync();
        await settings.SaveAsync(current with { Policies = current.Policies.SetItem(policy, new PolicySettings(AutoAttachToOpenCase: true)) });
    }

    private static string NewUser() => NewId("user") + "@contoso.test";

    private async Task<string> OpenCaseAsync(string policy, string userId)
    {
        var first = NewId();
        await app.IngestAsync(Alert(first, userId: userId, policy: policy));
        using var client = app.Analyst();
        using var response = await PostAsync(client, $"/api/alerts/{first}/confirm", new JsonObject { ["caseName"] = policy });
        return (await ReadJsonAsync(response)).GetProperty("caseId").GetString()!;
    }
}
