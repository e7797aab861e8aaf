using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>
    /// Closes the case: the classification is recorded, the action taken becomes a note, every alert is
    /// resolved, and an existing team is archived. A team still being created is archived once it exists.
    /// </summary>
    private static DecisionResult Resolve(CaseCommand.Resolve command, EventBatch batch)
    {
        if (!Enum.IsDefined(command.Classification))
        {
            return CaseErrors.ClassificationInvalid();
        }

        if (!CaseText.IsValid(command.ActionTaken, CaseText.NoteMaxLength))
        {
            return CaseErrors.ActionTakenInvalid();
        }

        ImmutableArray<AlertId> alerts = [.. batch.State.Alerts.Select(alert => alert.AlertId)];
        batch.Add(new CaseEvent.CaseResolved(command.Classification, command.ActionTaken, alerts));
        batch.AddNote(command.By, command.ActionTaken);
        RequestTeamArchive(batch);
        return batch.Accept();
    }

    /// <summary>Archives the case's team if it exists and no archive was asked for yet.</summary>
    private static void RequestTeamArchive(EventBatch batch)
    {
        if (batch.State.Team is { TeamId: { } teamId, ArchiveEffectId: null })
        {
            batch.Add(new CaseEvent.TeamArchiveRequested(teamId, batch.Request(new EffectPayload.ArchiveTeam(teamId))));
        }
    }
}
