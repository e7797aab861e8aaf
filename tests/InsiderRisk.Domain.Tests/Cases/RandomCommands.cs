using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>
/// Turns a random step number into a command that fits the current state (valid or not), so random
/// histories wander through the whole lifecycle: actions, outcomes, timers, repeats and rejections.
/// </summary>
internal static class RandomCommands
{
    public static CaseCommand For(int step, int index, CaseState state)
    {
        var at = T0.AddHours(index * 7);
        var pending = state.PendingEffects().Where(effect => effect.Kind != EffectKind.ReviewDueTimer).ToList();
        var someEffect = pending.Count == 0 ? Fx(2) : pending[step % pending.Count].EffectId;
        CaseCommand command = (step % 16) switch
        {
            0 => AttachAlerts(Alert($"alert-{step % 5}", (Severity)(step % 3))),
            1 => AddContributor($"user{step % 3}@contoso.com"),
            2 => SendNotice(),
            3 => Escalate(step % 2 == 0 ? "Legal review" : "HR review"),
            4 => Share(ShareTarget.ServiceNow),
            5 => Share(ShareTarget.Email, step % 2 == 0 ? HrMailbox : null),
            6 => RunFlow(FlowName, configured: step % 3 != 0),
            7 => CreateTeam(),
            8 when step % 4 == 0 => Resolve((CaseClassification)(step % 2)),
            8 => AddNote("before resolving"),
            9 or 10 => Succeeded(someEffect, PendingEffects.SuccessFor(state.FindEffect(someEffect)?.Kind ?? EffectKind.SendReminder)),
            11 => AttemptFailed(someEffect, attempt: 1 + (step % 3)),
            12 => Failed(someEffect),
            13 => FireTimer(state.ReviewTimerId ?? Fx(2), state.DueAt ?? at),
            14 => AddNote(step % 7 == 0 ? "" : $"note {step}"),
            _ => AddNote($"note {step}") with { RequestId = $"request-{step % 4}" },
        };
        return command with { At = command is CaseCommand.FireReviewTimer ? command.At : at };
    }
}
