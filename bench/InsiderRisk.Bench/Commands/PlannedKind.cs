namespace InsiderRisk.Bench.Commands;

/// <summary>The kinds of command in the mix.</summary>
public enum PlannedKind
{
    Note,
    Notice,
    Resolve,
}
