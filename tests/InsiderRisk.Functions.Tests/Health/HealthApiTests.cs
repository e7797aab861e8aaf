using System.Net;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Health;

public sealed class HealthApiTests
{
    [Theory]
    [InlineData("", "EmbeddedSqlite", true)]
    [InlineData("UseDevelopmentStorage=true", "Azurite", false)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=insiderrisk;AccountKey=U0VDUkVUS0VZ;EndpointSuffix=core.windows.net", "Azure", false)]
    public async Task Health_answers_anonymously_with_status_version_store_kind_and_reachability_but_no_connection(string connection, string store, bool reachable)
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connection });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        // Nothing listens on the emulator's or the account's endpoints here: the app still starts and says so.
        Assert.Equal(reachable ? "Healthy" : "Degraded", body.GetProperty("status").GetString());
        Assert.Equal(reachable, body.GetProperty("storeReachable").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("version").GetString()));
        Assert.Equal(store, body.GetProperty("store").GetString());
        Assert.DoesNotContain("U0VDUkVUS0VZ", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("insiderrisk", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_based_storage_is_reported_as_Azure()
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["AzureWebJobsStorage:accountName"] = "insiderrisk" });
        using var client = factory.CreateClient();

        var body = await ReadJsonAsync(await client.GetAsync(new Uri("/api/health", UriKind.Relative)));

        Assert.Equal("Azure", body.GetProperty("store").GetString());
    }
}
