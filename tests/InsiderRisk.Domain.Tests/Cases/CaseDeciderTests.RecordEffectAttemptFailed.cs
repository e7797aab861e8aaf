using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Theory]
    [MemberData(nameof(PendingEffects.AllKinds), MemberType = typeof(PendingEffects))]
    public void GivenPendingEffect_WhenAttemptFailed_ThenAttemptsAndLastErrorShownAndEffectStaysPending(EffectKind kind)
    {
        var (history, effect) = PendingEffects.For(kind);

        Given(history)
            .When(AttemptFailed(effect, attempt: 1))
            .Then(new CaseEvent.EffectAttemptFailed(effect, 1, "503 Service Unavailable", At(11)) { At = At(10), By = Runner })
            .ThenState(state =>
            {
                var tracked = state.FindEffect(effect)!;
                Assert.Equal((EffectStatus.Pending, 1, "503 Service Unavailable", At(11)), (tracked.Status, tracked.Attempts, tracked.LastError, tracked.NextAttemptAt));
            });
    }

    [Fact]
    public void GivenAttemptFailed_WhenTheSameAttemptIsReportedAgain_ThenNothing()
    {
        var attempt = new CaseEvent.EffectAttemptFailed(Fx(3), 1, "503 Service Unavailable", At(11)) { At = At(10), By = Runner };

        Given([.. Opened(), .. NoticeRequested(3, At(1)), attempt]).When(AttemptFailed(Fx(3), attempt: 1)).ThenNothing();
    }

    [Fact]
    public void GivenAttemptFailed_WhenTheNextAttemptFails_ThenAttemptsGrow()
    {
        var attempt = new CaseEvent.EffectAttemptFailed(Fx(3), 1, "503 Service Unavailable", At(11)) { At = At(10), By = Runner };

        Given([.. Opened(), .. NoticeRequested(3, At(1)), attempt])
            .When(AttemptFailed(Fx(3), attempt: 2))
            .Then(new CaseEvent.EffectAttemptFailed(Fx(3), 2, "503 Service Unavailable", At(12)) { At = At(10), By = Runner })
            .ThenState(state => Assert.Equal(2, state.FindEffect(Fx(3))!.Attempts));
    }

    [Fact]
    public void GivenActiveCase_WhenAttemptFailed_ThenLastUpdatedIsNotTouched()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))])
            .When(AttemptFailed(Fx(3)))
            .ThenState(state => Assert.Equal((At(1), Analyst), (state.LastUpdatedAt, state.LastUpdatedBy)));
    }

    [Fact]
    public void GivenSucceededEffect_WhenAttemptFailedArrivesLate_ThenNothing()
    {
        var delivered = new CaseEvent.NoticeDelivered(Fx(3), TemplateName, User) { At = At(9), By = Runner };

        Given([.. Opened(), .. NoticeRequested(3, At(1)), delivered]).When(AttemptFailed(Fx(3))).ThenNothing();
    }

    [Fact]
    public void GivenPendingEffect_WhenAttemptNumberBelowOne_ThenAttemptInvalid()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))]).When(AttemptFailed(Fx(3), attempt: 0)).ThenError(DomainErrorKind.Invalid, "attempt-invalid");
    }

    [Fact]
    public void GivenActiveCase_WhenAttemptFailedForUnknownEffect_ThenEffectNotFound()
    {
        Given(Opened()).When(AttemptFailed(Fx(42))).ThenError(DomainErrorKind.NotFound, "effect-not-found");
    }
}
