using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseAuditApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Fact]
    public async Task Every_command_is_audited_with_caller_action_case_and_outcome_and_denials_too()
    {
        var opened = await api.OpenCaseAsync();
        var target = opened.CaseId.Value;
        using var analyst = api.Analyst();
        using var auditor = api.As("audrey@contoso.test", Role.Auditor);
        (await analyst.SendAsync(Post($"/api/cases/{target}/notes", new { text = "Audited" }))).EnsureSuccessStatusCode();
        await analyst.SendAsync(Post($"/api/cases/{target}/notes", new { text = "" }));
        await analyst.SendAsync(Post($"/api/cases/{target}/escalate", new { investigationName = "Inv-1" }));
        await analyst.SendAsync(Post($"/api/cases/{target}/escalate", new { investigationName = "Inv-2" }));
        await auditor.SendAsync(Post($"/api/cases/{target}/resolve", new { classification = "Benign", actionTaken = "x" }));

        var entries = (await api.Factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            new AuditQuery(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), PageSize: 1000)))
            .Items.Where(e => e.Target == target).Select(e => (e.Actor, e.Action, e.Outcome, e.Detail)).ToList();

        Assert.Contains((AnalystId, "case.note.add", AuditOutcome.Succeeded, (string?)null), entries);
        Assert.Contains((AnalystId, "case.note.add", AuditOutcome.Failed, "invalid-input"), entries);
        Assert.Contains((AnalystId, "case.escalate", AuditOutcome.Succeeded, (string?)null), entries);
        Assert.Contains((AnalystId, "case.escalate", AuditOutcome.Failed, "already-escalated"), entries);
        Assert.Contains(entries, e => e is ("audrey@contoso.test", "case.resolve", AuditOutcome.Denied, _));
    }
}
