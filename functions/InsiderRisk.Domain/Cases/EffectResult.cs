namespace InsiderRisk.Domain.Cases;

/// <summary>What a successful outside effect reports back, one record per kind that has an outcome.</summary>
public abstract record EffectResult
{
    private EffectResult()
    {
    }

    public abstract EffectKind Kind { get; }

    public sealed record NoticeDelivered(UserPseudonym Recipient) : EffectResult
    {
        public override EffectKind Kind => EffectKind.SendNotice;
    }

    public sealed record InvestigationCreated(string ExternalCaseId) : EffectResult
    {
        public override EffectKind Kind => EffectKind.CreateInvestigation;
    }

    public sealed record IncidentCreated(string TicketNumber) : EffectResult
    {
        public override EffectKind Kind => EffectKind.CreateIncident;
    }

    public sealed record SharedByEmail(string Recipient) : EffectResult
    {
        public override EffectKind Kind => EffectKind.ShareByEmail;
    }

    public sealed record FlowCompleted(string Outcome) : EffectResult
    {
        public override EffectKind Kind => EffectKind.RunFlow;
    }

    public sealed record TeamCreated(string TeamId) : EffectResult
    {
        public override EffectKind Kind => EffectKind.CreateTeam;
    }

    public sealed record TeamArchived : EffectResult
    {
        public override EffectKind Kind => EffectKind.ArchiveTeam;
    }

    public sealed record ReminderSent : EffectResult
    {
        public override EffectKind Kind => EffectKind.SendReminder;
    }
}
