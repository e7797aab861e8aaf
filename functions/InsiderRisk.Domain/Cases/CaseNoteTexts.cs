namespace InsiderRisk.Domain.Cases;

/// <summary>The wording of the notes the case writes on its own when an outside effect completes or fails.</summary>
public static class CaseNoteTexts
{
    public static string NoticeSent(string templateName, UserPseudonym recipient) =>
        $"notice sent: {templateName}, to {recipient}";

    public static string Escalated(EffectPayload.CreateInvestigation investigation, string externalCaseId)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        var text = $"escalated for investigation: {investigation.InvestigationName} (eDiscovery case {externalCaseId})";
        return investigation.Notes is { } notes ? $"{text}; notes: {notes}" : text;
    }

    public static string SharedWithServiceNow(string ticketNumber) => $"shared with ServiceNow: incident {ticketNumber}";

    public static string SharedByEmail(string recipient) => $"shared by email with {recipient}";

    public static string FlowCompleted(string flowName, string outcome) => $"flow {flowName} ran: {outcome}";

    public static string EffectFailed(CaseEffect effect, string reason)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return $"{Describe(effect.Payload)} failed: {reason}";
    }

    private static string Describe(EffectPayload payload) => payload switch
    {
        EffectPayload.SendNotice notice => $"notice {notice.TemplateName}",
        EffectPayload.CreateInvestigation investigation => $"escalation to {investigation.InvestigationName}",
        EffectPayload.CreateIncident => "sharing with ServiceNow",
        EffectPayload.ShareByEmail email => $"sharing by email with {email.Recipient}",
        EffectPayload.RunFlow flow => $"flow {flow.FlowName}",
        EffectPayload.CreateTeam => "creating the Teams team",
        EffectPayload.ArchiveTeam => "archiving the Teams team",
        EffectPayload.SendReminder => "the overdue reminder",
        _ => "the review timer",
    };
}
