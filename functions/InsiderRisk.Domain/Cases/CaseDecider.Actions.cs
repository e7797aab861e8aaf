using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>Sending a notice never closes the case; the note is written once the notice is delivered.</summary>
    private static DecisionResult SendNotice(CaseCommand.SendNotice command, EventBatch batch)
    {
        if (command.Template is not { } template)
        {
            return CaseErrors.NoticeTemplateMissing(command.TemplateName);
        }

        var payload = new EffectPayload.SendNotice(
            batch.State.User,
            template.Name,
            template.Sender,
            CaseText.IsPresent(command.Subject) ? command.Subject : template.Subject,
            CaseText.IsPresent(command.Body) ? command.Body : template.Body,
            OrEmpty(command.Cc ?? template.Cc),
            OrEmpty(template.Bcc));
        return batch.Add(new CaseEvent.NoticeRequested(batch.Request(payload))).ScheduleReview().Accept();
    }

    /// <summary>Once per case: the same escalation again is a repeat, another one a conflict (unless the first was given up).</summary>
    private static DecisionResult Escalate(CaseCommand.Escalate command, EventBatch batch)
    {
        if (!CaseText.IsValid(command.InvestigationName, CaseText.NameMaxLength))
        {
            return CaseErrors.InvestigationNameInvalid();
        }

        if (!CaseText.IsValidOptional(command.Notes, CaseText.NoteMaxLength))
        {
            return CaseErrors.TextInvalid("notes");
        }

        var name = command.InvestigationName.Trim();
        var notes = CaseText.IsPresent(command.Notes) ? command.Notes : null;
        if (batch.State.Escalation is { } escalation && !HasFailed(batch.State, escalation.EffectId))
        {
            return string.Equals(escalation.InvestigationName, name, StringComparison.Ordinal)
                ? DecisionResult.Unchanged
                : CaseErrors.AlreadyEscalated(escalation.InvestigationName);
        }

        var payload = new EffectPayload.CreateInvestigation(name, notes, batch.State.Name, batch.State.User);
        return batch.Add(new CaseEvent.EscalationRequested(name, notes, batch.Request(payload))).ScheduleReview().Accept();
    }

    private static DecisionResult Share(CaseCommand.Share command, EventBatch batch)
    {
        if (!Enum.IsDefined(command.Target))
        {
            return CaseErrors.ShareTargetInvalid();
        }

        var state = batch.State;
        if (command.Target == ShareTarget.ServiceNow)
        {
            var incident = new EffectPayload.CreateIncident(
                state.Name, state.User, state.HighestSeverity() ?? Alerts.Severity.Low, state.TotalPolicyAlerts());
            return batch.Add(new CaseEvent.ShareRequested(command.Target, null, batch.Request(incident))).ScheduleReview().Accept();
        }

        if (!CaseText.IsPresent(command.Recipient))
        {
            return CaseErrors.ShareRecipientRequired();
        }

        var recipient = command.Recipient.Trim();
        var email = new EffectPayload.ShareByEmail(recipient, state.Name, state.User);
        return batch.Add(new CaseEvent.ShareRequested(command.Target, recipient, batch.Request(email))).ScheduleReview().Accept();
    }

    private static DecisionResult RunFlow(CaseCommand.RunFlow command, EventBatch batch)
    {
        if (!CaseText.IsPresent(command.FlowName))
        {
            return CaseErrors.FlowNameRequired();
        }

        if (!command.IsConfigured)
        {
            return CaseErrors.FlowNotConfigured(command.FlowName);
        }

        var payload = new EffectPayload.RunFlow(command.FlowName, batch.State.Name, batch.State.User);
        return batch.Add(new CaseEvent.FlowRunRequested(command.FlowName, batch.Request(payload))).ScheduleReview().Accept();
    }

    /// <summary>One team per case: asking again while one exists or is being created is a repeat.</summary>
    private static DecisionResult CreateTeam(EventBatch batch)
    {
        if (batch.State.Team is { } team && !HasFailed(batch.State, team.CreationEffectId))
        {
            return DecisionResult.Unchanged;
        }

        return batch.Add(new CaseEvent.TeamCreationRequested(batch.Request(TeamPayload(batch)))).ScheduleReview().Accept();
    }

    private static ImmutableArray<string> OrEmpty(ImmutableArray<string> values) => values.IsDefault ? [] : values;

    private static bool HasFailed(CaseState state, EffectId effectId) =>
        state.FindEffect(effectId)?.Status == EffectStatus.Failed;
}
