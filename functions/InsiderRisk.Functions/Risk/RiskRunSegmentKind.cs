namespace InsiderRisk.Functions.Risk;

public enum RiskRunSegmentKind
{
    /// <summary>Users whose inputs changed.</summary>
    Dirty,

    /// <summary>Every scored user (a full walk after the scoring settings changed).</summary>
    Scored,

    /// <summary>Users whose assessment aged out (an alert or case floor left the window).</summary>
    Expired,
}
