using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenSendNotice_ThenNoticeRequestedToTheCaseUserAndCaseStaysActive()
    {
        Given(Opened())
            .When(SendNotice())
            .Then(NoticeRequested(3, At(1)))
            .ThenState(state =>
            {
                Assert.Equal(CaseStatus.Active, state.Status);
                var effect = state.FindEffect(Fx(3))!;
                Assert.Equal((EffectKind.SendNotice, EffectStatus.Pending, 0), (effect.Kind, effect.Status, effect.Attempts));
                Assert.Equal(User, Assert.IsType<EffectPayload.SendNotice>(effect.Payload).Recipient);
                Assert.Empty(state.Notes);
            });
    }

    [Fact]
    public void GivenActiveCase_WhenSendNoticeWithOverrides_ThenOverridesReplaceTemplateFields()
    {
        var payload = NoticePayload with { Subject = "Please call HR", Body = "Details inside", Cc = ["hr@contoso.com"] };

        Given(Opened())
            .When(SendNotice() with { Subject = "Please call HR", Body = "Details inside", Cc = ["hr@contoso.com"] })
            .Then(new CaseEvent.NoticeRequested(Request(3, payload)) { At = At(1), By = Analyst }, ReviewDue(4, At(1)));
    }

    [Fact]
    public void GivenTemplateWithoutCopies_WhenSendNotice_ThenPayloadHasEmptyCopyLists()
    {
        var template = Template with { Cc = default, Bcc = default };

        Given(Opened())
            .When(SendNotice() with { Template = template })
            .Then(new CaseEvent.NoticeRequested(Request(3, NoticePayload with { Cc = [], Bcc = [] })) { At = At(1), By = Analyst }, ReviewDue(4, At(1)));
    }

    [Fact]
    public void GivenActiveCase_WhenSendNoticeWithUnknownTemplate_ThenNoticeTemplateMissing()
    {
        Given(Opened())
            .When(SendNotice() with { TemplateName = "No such template", Template = null })
            .ThenError(DomainErrorKind.Invalid, "notice-template-missing");
    }

    [Fact]
    public void GivenClosedCase_WhenSendNotice_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(SendNotice()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }
}
