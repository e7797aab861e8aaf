namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>Notes are the one thing a Closed case still takes; only an Active case gets a new review due time.</summary>
    private static DecisionResult AddNote(CaseCommand.AddNote command, EventBatch batch)
    {
        if (!CaseText.IsValid(command.Text, CaseText.NoteMaxLength))
        {
            return CaseErrors.TextInvalid("text");
        }

        batch.AddNote(command.By, command.Text);
        return batch.State.Status == CaseStatus.Active ? batch.ScheduleReview().Accept() : batch.Accept();
    }

    private static DecisionResult AddContributor(CaseCommand.AddContributor command, EventBatch batch)
    {
        if (!CaseText.IsValid(command.UserId, CaseText.NameMaxLength))
        {
            return CaseErrors.ContributorInvalid();
        }

        var userId = command.UserId.Trim();
        if (batch.State.IsContributor(userId))
        {
            return DecisionResult.Unchanged;
        }

        return batch.Add(new CaseEvent.ContributorAdded(userId)).ScheduleReview().Accept();
    }
}
