using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    private static DecisionResult OpenCase(CaseCommand.OpenCase command, EventBatch batch)
    {
        if (!CaseIdRules.IsValid(command.CaseId))
        {
            return CaseErrors.CaseIdInvalid();
        }

        if (!CaseText.IsValid(command.Name, CaseText.NameMaxLength))
        {
            return CaseErrors.CaseNameInvalid();
        }

        if (command.Alerts.IsDefaultOrEmpty)
        {
            return CaseErrors.AlertsRequired();
        }

        if (!CaseText.IsValidOptional(command.Comment, CaseText.NoteMaxLength))
        {
            return CaseErrors.TextInvalid("comment");
        }

        batch.Add(new CaseEvent.CaseOpened(command.CaseId, command.Name.Trim(), command.User, Distinct(command.Alerts)));
        AddComment(batch, command.Comment);
        if (batch.Policy.TeamsIntegrationEnabled)
        {
            batch.Add(new CaseEvent.TeamCreationRequested(batch.Request(TeamPayload(batch))));
        }

        return batch.ScheduleReview().Accept();
    }

    private static DecisionResult AttachAlerts(CaseCommand.AttachAlerts command, EventBatch batch)
    {
        if (command.Alerts.IsDefaultOrEmpty)
        {
            return CaseErrors.AlertsRequired();
        }

        if (!CaseText.IsValidOptional(command.Comment, CaseText.NoteMaxLength))
        {
            return CaseErrors.TextInvalid("comment");
        }

        if (command.User != batch.State.User)
        {
            return CaseErrors.AlertUserMismatch(batch.State.CaseId);
        }

        // Alerts already attached are ignored, so re-confirming the same alerts is harmless.
        var newAlerts = Distinct(command.Alerts).RemoveAll(alert => batch.State.HasAlert(alert.AlertId));
        if (newAlerts.IsEmpty)
        {
            return DecisionResult.Unchanged;
        }

        batch.Add(new CaseEvent.AlertsAttached(newAlerts));
        AddComment(batch, command.Comment);
        return batch.ScheduleReview().Accept();
    }

    /// <summary>The comment typed when confirming becomes a note by the confirming person.</summary>
    private static void AddComment(EventBatch batch, string? comment)
    {
        if (CaseText.IsPresent(comment))
        {
            batch.AddNote(batch.Command.By, comment);
        }
    }

    private static ImmutableArray<AlertSummary> Distinct(ImmutableArray<AlertSummary> alerts) =>
        [.. alerts.DistinctBy(alert => alert.AlertId)];

    private static EffectPayload.CreateTeam TeamPayload(EventBatch batch) =>
        new(batch.State.Name, batch.Command.By);
}
