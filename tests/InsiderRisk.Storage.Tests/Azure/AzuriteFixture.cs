using InsiderRisk.TestSupport;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>One Azurite for every test class in <see cref="AzuriteCollection"/>; started once, stopped at the end.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    public AzuriteServer Server => server ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
