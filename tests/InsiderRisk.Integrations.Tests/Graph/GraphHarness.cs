using InsiderRisk.Integrations.Graph;
using InsiderRisk.TestSupport;
using Microsoft.Graph;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>A fake Graph on loopback plus the real SDK client and handlers pointed at it.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public GraphHarness(TimeSpan? timeout = null)
    {
        Settings = new GraphSettings
        {
            TenantId = "contoso-tenant",
            ClientId = "insiderrisk-app",
            BaseUrl = Fake.BaseUrl.AbsoluteUri,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            TeamPollInterval = TimeSpan.FromMilliseconds(5),
            TeamPollAttempts = 5,
        };
        Client = GraphClients.Create(Settings, Credential);
    }

    public FakeGraph Fake { get; } = new();

    public FakeTokenCredential Credential { get; } = new();

    public LogRecorder Logs { get; } = new();

    public GraphSettings Settings { get; }

    public GraphServiceClient Client { get; }

    public TeamCreationHandler TeamCreation() => new(Client, Settings, TimeProvider.System, Logs.For<TeamCreationHandler>());

    public TeamArchiveHandler TeamArchive() => new(Client, TimeProvider.System, Logs.For<TeamArchiveHandler>());

    public InvestigationHandler Investigation() => new(Client, TimeProvider.System, Logs.For<InvestigationHandler>());

    public IdentityRiskFeedbackClient RiskFeedback() => new(Client, TimeProvider.System, Logs.For<IdentityRiskFeedbackClient>());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Fake.Server.DisposeAsync();
    }
}
