using System.Text.Json;
using InsiderRisk.Functions.Risk.IdentityFeedback;

namespace InsiderRisk.Functions.Tests.Risk.IdentityFeedback;

/// <summary>The opt-in closed loop to Entra ID Protection, through the app against a loopback Graph.</summary>
public sealed class IdentityFeedbackTests
{
    private const string ConfirmPath = "/v1.0/identityProtection/riskyUsers/confirmCompromised";
    private const string DismissPath = "/v1.0/identityProtection/riskyUsers/dismiss";

    [Fact]
    public async Task A_case_resolved_as_a_policy_violation_confirms_the_users_directory_id_compromised_once()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        var caseId = await app.OpenCaseAsync();

        await app.ResolveAsync(caseId, "ConfirmedPolicyViolation");
        await app.DeliverFeedbackAsync();
        await app.DeliverFeedbackAsync();

        var request = Assert.Single(app.Graph!.Requests);
        Assert.Equal(("POST", ConfirmPath, $"Bearer {FakeGraphServer.Token}"), (request.Method, request.Path, request.Authorization));
        Assert.Equal([IdentityFeedbackApp.DirectoryId], UserIds(request));
        var finished = await app.FinishedAsync(IdentityFeedbackAction.ConfirmCompromised, caseId);
        Assert.Equal(("Sent", "graph", 1L), (finished!.GetString("Status"), finished.GetString("Channel"), finished.GetInt64("Attempts")));
        Assert.DoesNotContain(IdentityFeedbackApp.DirectoryId, finished.GetString("Request"), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await app.PendingAsync());
        var audited = Assert.Single(await app.AuditAsync("user.risk.identity-feedback.confirm-compromised"));
        Assert.Equal(("system", app.Pseudonym, "Succeeded"), (audited.GetProperty("actor").GetString(), audited.GetProperty("target").GetString(), audited.GetProperty("outcome").GetString()));
        Assert.DoesNotContain(app.Api.Factory.Logs.Entries, entry => entry.Text.Contains(IdentityFeedbackApp.DirectoryId, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_user_risk_dismissal_dismisses_the_user_in_Entra_ID_Protection()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        await app.OpenCaseAsync();

        await app.DismissAsync();
        await app.DeliverFeedbackAsync();

        var request = Assert.Single(app.Graph!.Requests);
        Assert.Equal(("POST", DismissPath), (request.Method, request.Path));
        Assert.Equal([IdentityFeedbackApp.DirectoryId], UserIds(request));
        Assert.Equal("Succeeded", Assert.Single(await app.AuditAsync("user.risk.identity-feedback.dismiss")).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task With_the_setting_off_nothing_is_asked_of_Graph_and_nothing_is_recorded()
    {
        await using var app = new IdentityFeedbackApp();
        var caseId = await app.OpenCaseAsync();

        await app.ResolveAsync(caseId, "ConfirmedPolicyViolation");
        await app.DismissAsync();
        await app.DeliverFeedbackAsync();

        Assert.Empty(app.Graph!.Requests);
        Assert.Empty(await app.PendingAsync());
        Assert.Null(await app.FinishedAsync(IdentityFeedbackAction.ConfirmCompromised, caseId));
    }

    [Fact]
    public async Task A_benign_resolution_asks_nothing_of_Graph()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        var caseId = await app.OpenCaseAsync();

        await app.ResolveAsync(caseId, "Benign");
        await app.DeliverFeedbackAsync();

        Assert.Empty(app.Graph!.Requests);
    }

    [Fact]
    public async Task Given_Graph_answers_503_with_Retry_After_When_that_time_has_passed_Then_the_call_is_made_again_and_succeeds()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        var caseId = await app.OpenCaseAsync();
        app.Graph!.FailNext(503, "ServiceUnavailable", "Try later.", retryAfter: "120");

        await app.ResolveAsync(caseId, "ConfirmedPolicyViolation");
        await app.DeliverFeedbackAsync();

        var pending = Assert.Single(await app.PendingAsync());
        Assert.Equal(1, pending.Attempts);
        Assert.Contains("503", pending.LastError, StringComparison.Ordinal);
        Assert.Equal(app.Api.Clock.GetUtcNow().AddSeconds(120), pending.NextAttemptAt);
        Assert.Null(await app.FinishedAsync(IdentityFeedbackAction.ConfirmCompromised, caseId));

        app.Api.Clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, await app.DeliverFeedbackAsync());
        app.Api.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await app.DeliverFeedbackAsync());

        Assert.Equal(2, app.Graph.Requests.Count);
        Assert.All(app.Graph.Requests, request => Assert.Equal(ConfirmPath, request.Path));
        var finished = await app.FinishedAsync(IdentityFeedbackAction.ConfirmCompromised, caseId);
        Assert.Equal(("Sent", 2L), (finished!.GetString("Status"), finished.GetInt64("Attempts")));
        Assert.Empty(await app.PendingAsync());
    }

    [Fact]
    public async Task A_refusal_is_recorded_as_Failed_with_Graphs_reason_and_audited_without_the_users_id()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        await app.OpenCaseAsync();
        app.Graph!.FailNext(403, "Forbidden", $"Caller may not dismiss {IdentityFeedbackApp.DirectoryId}.");

        await app.DismissAsync();
        await app.DeliverFeedbackAsync();
        app.Api.Clock.Advance(TimeSpan.FromHours(1));
        await app.DeliverFeedbackAsync();

        Assert.Single(app.Graph.Requests);
        Assert.Empty(await app.PendingAsync());
        var audited = Assert.Single(await app.AuditAsync("user.risk.identity-feedback.dismiss"));
        Assert.Equal("Failed", audited.GetProperty("outcome").GetString());
        Assert.Contains("403", audited.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Caller may not dismiss [user].", audited.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(IdentityFeedbackApp.DirectoryId, audited.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_Graph_settings_the_local_sink_records_the_call_instead_of_sending_it()
    {
        await using var app = new IdentityFeedbackApp(graphConfigured: false);
        await app.SetEnabledAsync(true);
        var caseId = await app.OpenCaseAsync();

        await app.ResolveAsync(caseId, "ConfirmedPolicyViolation");
        await app.DeliverFeedbackAsync();

        var finished = await app.FinishedAsync(IdentityFeedbackAction.ConfirmCompromised, caseId);
        Assert.Equal(("Recorded", "local-sink"), (finished!.GetString("Status"), finished.GetString("Channel")));
        Assert.Contains("/identityProtection/riskyUsers/confirmCompromised", finished.GetString("Request"), StringComparison.Ordinal);
        Assert.StartsWith("Recorded: local sink: Graph is not configured", Assert.Single(await app.AuditAsync("user.risk.identity-feedback.confirm-compromised")).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_feedback_message_was_lost_When_the_sweeper_runs_after_its_grace_Then_the_call_is_made()
    {
        await using var app = new IdentityFeedbackApp();
        await app.SetEnabledAsync(true);
        await app.OpenCaseAsync();
        await app.DeliverFeedbackAsync();
        await app.DismissAsync();
        await LoseFeedbackMessagesAsync(app);

        await app.Api.SweepAsync();
        Assert.Equal(0, await app.DeliverFeedbackAsync());
        app.Api.Clock.Advance(IdentityFeedbackSender.Grace);
        await app.Api.SweepAsync();
        Assert.Equal(1, await app.DeliverFeedbackAsync());

        Assert.Equal(DismissPath, Assert.Single(app.Graph!.Requests).Path);
        Assert.Empty(await app.PendingAsync());
    }

    private static IReadOnlyList<string?> UserIds(GraphRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["userIds"], body.RootElement.EnumerateObject().Select(p => p.Name));
        return [.. body.RootElement.GetProperty("userIds").EnumerateArray().Select(id => id.GetString())];
    }

    private static async Task LoseFeedbackMessagesAsync(IdentityFeedbackApp app)
    {
        var queues = app.Api.Get<Storage.Queues.IQueueStore>();
        foreach (var message in await queues.ReceiveAsync("risk-feedback", 32, TimeSpan.FromMinutes(5)))
        {
            await queues.DeleteAsync("risk-feedback", message.MessageId, message.PopReceipt);
        }

        Assert.Single(await app.PendingAsync());
    }
}
