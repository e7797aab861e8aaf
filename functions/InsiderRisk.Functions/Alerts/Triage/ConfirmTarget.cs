using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>Where a confirm puts its alerts. <see cref="Key"/> identifies the request's intent, so a retry finds its own claims.</summary>
public abstract record ConfirmTarget
{
    private ConfirmTarget()
    {
    }

    public abstract string Key { get; }

    public sealed record NewCase(string Name) : ConfirmTarget
    {
        public override string Key => "confirm-new:" + Name;
    }

    public sealed record ExistingCase(CaseId CaseId) : ConfirmTarget
    {
        public override string Key => "confirm-case:" + CaseId.Value;
    }
}
