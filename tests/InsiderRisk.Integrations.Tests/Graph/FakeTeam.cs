namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>A team (and its group) inside <see cref="FakeGraph"/>.</summary>
internal sealed record FakeTeam(string Id, string DisplayName, string Description, string OperationId)
{
    public string? OwnerBind { get; init; }

    public int PollsLeft { get; set; }

    public bool IsArchived { get; set; }

    public bool? SiteReadOnlyForMembers { get; set; }

    public bool Provisioned => PollsLeft <= 0;
}
