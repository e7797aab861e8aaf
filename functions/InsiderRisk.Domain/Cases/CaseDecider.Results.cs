namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>
    /// Turns a success into its past-tense event and the note the lifecycle names for it. Notes are
    /// authored by whoever asked for the effect.
    /// </summary>
    private static void RecordSuccess(EventBatch batch, CaseEffect effect, EffectResult result)
    {
        var id = effect.EffectId;
        var author = effect.RequestedBy;
        switch (result, effect.Payload)
        {
            case (EffectResult.NoticeDelivered delivered, EffectPayload.SendNotice notice):
                batch.Add(new CaseEvent.NoticeDelivered(id, notice.TemplateName, delivered.Recipient));
                batch.AddNote(author, CaseNoteTexts.NoticeSent(notice.TemplateName, delivered.Recipient));
                break;
            case (EffectResult.InvestigationCreated created, EffectPayload.CreateInvestigation investigation):
                batch.Add(new CaseEvent.InvestigationCreated(id, created.ExternalCaseId));
                batch.AddNote(author, CaseNoteTexts.Escalated(investigation, created.ExternalCaseId));
                break;
            case (EffectResult.IncidentCreated incident, EffectPayload.CreateIncident):
                batch.Add(new CaseEvent.IncidentCreated(id, incident.TicketNumber));
                batch.AddNote(author, CaseNoteTexts.SharedWithServiceNow(incident.TicketNumber));
                break;
            case (EffectResult.SharedByEmail shared, EffectPayload.ShareByEmail):
                batch.Add(new CaseEvent.SharedByEmail(id, shared.Recipient));
                batch.AddNote(author, CaseNoteTexts.SharedByEmail(shared.Recipient));
                break;
            case (EffectResult.FlowCompleted completed, EffectPayload.RunFlow flow):
                batch.Add(new CaseEvent.FlowCompleted(id, flow.FlowName, completed.Outcome));
                batch.AddNote(author, CaseNoteTexts.FlowCompleted(flow.FlowName, completed.Outcome));
                break;
            case (EffectResult.TeamCreated created, EffectPayload.CreateTeam):
                batch.Add(new CaseEvent.TeamCreated(id, created.TeamId));
                if (batch.State.Status == CaseStatus.Closed)
                {
                    RequestTeamArchive(batch);
                }

                break;
            case (EffectResult.TeamArchived, EffectPayload.ArchiveTeam archive):
                batch.Add(new CaseEvent.TeamArchived(id, archive.TeamId));
                break;
            case (EffectResult.ReminderSent, EffectPayload.SendReminder):
                batch.Add(new CaseEvent.ReminderSent(id));
                break;
            default:
                throw new InvalidOperationException($"No outcome for {result.GetType().Name} of a {effect.Kind} effect.");
        }
    }
}
