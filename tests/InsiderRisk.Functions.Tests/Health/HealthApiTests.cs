using System.Net;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Health;

public sealed class HealthApiTests
{
    [Theory]
    [InlineData("", "EmbeddedSqlite")]
    [InlineData("UseDevelopmentStorage=true", "Azurite")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=insiderrisk;AccountKey=U0VDUkVUS0VZ;EndpointSuffix=core.windows.net", "Azure")]
    public async Task Health_answers_anonymously_with_status_version_and_store_kind_but_no_connection(string connection, string store)
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connection });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
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
