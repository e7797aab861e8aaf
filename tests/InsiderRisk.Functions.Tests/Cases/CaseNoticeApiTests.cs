using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseNoticeApiTests(ApiWithFlow api) : IClassFixture<ApiWithFlow>
{
    [Fact]
    public async Task A_notice_uses_the_stored_template_with_this_send_overrides_and_never_closes_the_case()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(Post(
            $"/api/cases/{opened.CaseId}/notices",
            new { templateName = ApiWithFlow.TemplateName, subject = "Please call us", cc = new[] { "manager@contoso.test" } }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = await api.StateAsync(opened.CaseId);
        var effect = state.FindEffect(new EffectId((await response.JsonAsync()).GetProperty("effectId").GetString()!))!;
        var notice = Assert.IsType<EffectPayload.SendNotice>(effect.Payload);
        Assert.Equal("Please call us", notice.Subject);
        Assert.Equal(ApiWithFlow.TemplateBody, notice.Body);
        Assert.Equal("compliance@contoso.test", notice.Sender);
        Assert.Equal(["manager@contoso.test"], notice.Cc.ToArray());
        Assert.Equal(opened.User, notice.Recipient);
        Assert.Equal(CaseStatus.Active, state.Status);
    }

    [Fact]
    public async Task The_note_is_written_once_the_notice_is_delivered()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        var accepted = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notices", new { templateName = ApiWithFlow.TemplateName }))).JsonAsync();
        var effectId = new EffectId(accepted.GetProperty("effectId").GetString()!);
        var before = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes");

        await api.RunAsync(Succeeded(opened.CaseId, effectId, new EffectResult.NoticeDelivered(opened.User), DateTimeOffset.UtcNow));

        var notes = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes");
        Assert.Equal(0, before.GetArrayLength());
        Assert.Contains(ApiWithFlow.TemplateName, notes[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(AnalystId, notes[0].GetProperty("author").GetString());
    }

    [Fact]
    public async Task Repeating_a_notice_with_the_same_Idempotency_Key_sends_it_once()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var first = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notices", new { templateName = ApiWithFlow.TemplateName }, "send-1"));
        using var again = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notices", new { templateName = ApiWithFlow.TemplateName }, "send-1"));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("effectId").GetString(), (await again.JsonAsync()).GetProperty("effectId").GetString());
        Assert.Single((await api.StateAsync(opened.CaseId)).Effects.Values, e => e.Kind == EffectKind.SendNotice);
    }
}
