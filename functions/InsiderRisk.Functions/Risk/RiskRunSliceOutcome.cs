namespace InsiderRisk.Functions.Risk;

public enum RiskRunSliceOutcome
{
    /// <summary>No run has that id.</summary>
    NotFound,

    /// <summary>Another worker holds the run's lease (or wrote its checkpoint first).</summary>
    Busy,

    /// <summary>The budget ran out; the checkpoint is saved and the next slice resumes from it.</summary>
    Paused,

    Completed,
}
