using InsiderRisk.Functions.Telemetry;

namespace InsiderRisk.Functions.Tests.Telemetry;

public sealed class AppInsightsConnectionTests
{
    [Theory]
    [InlineData("https://westeurope-5.in.applicationinsights.azure.com/", "https://westeurope-5.in.applicationinsights.azure.com/v2.1/track")]
    [InlineData("https://westeurope-5.in.applicationinsights.azure.com", "https://westeurope-5.in.applicationinsights.azure.com/v2.1/track")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/v2.1/track")]
    public void The_track_endpoint_is_v2_1_track_under_the_ingestion_endpoint(string endpoint, string expected)
    {
        var connection = AppInsightsConnection.FromSettings($"InstrumentationKey=abc;IngestionEndpoint={endpoint};LiveEndpoint=https://live.test/", null)!;

        Assert.Equal("abc", connection.InstrumentationKey);
        Assert.Equal(expected, connection.TrackUri.AbsoluteUri);
    }

    [Fact]
    public void Without_an_ingestion_endpoint_the_global_one_is_used()
    {
        var connection = AppInsightsConnection.FromSettings(" instrumentationkey = abc ", null)!;

        Assert.Equal("https://dc.services.visualstudio.com/v2.1/track", connection.TrackUri.AbsoluteUri);
    }

    [Fact]
    public void An_endpoint_suffix_alone_names_the_ingestion_host_of_that_cloud()
    {
        var connection = AppInsightsConnection.FromSettings("InstrumentationKey=abc;EndpointSuffix=applicationinsights.azure.cn", null)!;

        Assert.Equal("https://dc.applicationinsights.azure.cn/v2.1/track", connection.TrackUri.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_connection_string_means_no_export(string? setting) =>
        Assert.Null(AppInsightsConnection.FromSettings(setting, "Authorization=AAD"));

    [Theory]
    [InlineData("IngestionEndpoint=https://x.test/")]
    [InlineData("InstrumentationKey=;IngestionEndpoint=https://x.test/")]
    [InlineData("InstrumentationKey=abc;IngestionEndpoint=not a url")]
    [InlineData("InstrumentationKey=abc;garbage")]
    public void A_connection_string_without_a_usable_key_or_endpoint_is_refused(string setting) =>
        Assert.Throws<FormatException>(() => AppInsightsConnection.FromSettings(setting, null));

    [Theory]
    [InlineData(null, false, null)]
    [InlineData("Authorization=AAD", true, null)]
    [InlineData("ClientId=0000-client;Authorization=AAD", true, "0000-client")]
    [InlineData("authorization=aad ; clientid=0000-client", true, "0000-client")]
    [InlineData("ClientId=0000-client", false, null)]
    public void The_authentication_string_selects_Entra_ID_and_its_identity(string? setting, bool entra, string? clientId)
    {
        var connection = AppInsightsConnection.FromSettings("InstrumentationKey=abc", setting)!;

        Assert.Equal(new AppInsightsAuthentication(entra, clientId), connection.Authentication);
    }

    [Fact]
    public void Its_text_never_shows_the_instrumentation_key()
    {
        var connection = AppInsightsConnection.FromSettings("InstrumentationKey=secret-ikey-123;IngestionEndpoint=https://x.test/", "Authorization=AAD")!;

        Assert.DoesNotContain("secret-ikey-123", connection.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://x.test/", connection.ToString(), StringComparison.Ordinal);
    }
}
