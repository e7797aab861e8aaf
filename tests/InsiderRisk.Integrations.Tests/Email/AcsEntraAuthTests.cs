using InsiderRisk.Integrations.Email;
using InsiderRisk.TestSupport;
using static InsiderRisk.Integrations.Tests.Email.Builders;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class AcsEntraAuthTests
{
    [Fact]
    public async Task With_an_endpoint_and_no_key_each_request_carries_an_Entra_token_for_the_ACS_scope()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Bearer("token-for-acs"));
        var credential = new FakeTokenCredential("token-for-acs");

        var result = await EntraClient(server, credential).SendAsync(Message(), Guid.NewGuid());

        Assert.IsType<EmailSendResult.Sent>(result);
        Assert.Empty(server.Problems);
        Assert.All(server.Requests, r => Assert.Null(r.Headers["x-ms-content-sha256"]));
        Assert.Equal(AcsEmailConnection.EntraScope, Assert.Single(credential.Scopes.Distinct()));
        Assert.Equal("https://communication.azure.com//.default", AcsEmailConnection.EntraScope);
    }

    [Fact]
    public async Task A_token_the_service_does_not_accept_is_a_permanent_failure()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Bearer("token-for-acs"));

        var result = await EntraClient(server, new FakeTokenCredential("someone-elses-token")).SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("401", Assert.IsType<EmailSendResult.Rejected>(result).Error, StringComparison.Ordinal);
    }
}
