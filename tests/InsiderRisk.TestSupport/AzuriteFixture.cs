namespace InsiderRisk.TestSupport;

/// <summary>
/// An Azurite started from the repo's own package.json on free loopback ports, for one test class
/// (<c>IClassFixture&lt;AzuriteFixture&gt;</c>) or a whole collection (<c>ICollectionFixture&lt;AzuriteFixture&gt;</c>),
/// and stopped afterwards. If it cannot start, the tests fail with why.
/// </summary>
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
