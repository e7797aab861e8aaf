using InsiderRisk.Integrations.Email;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class EmailOptionsTests
{
    private const string Key = "c2VjcmV0LWFjY2Vzcy1rZXktdGhhdC1tdXN0LW5ldmVyLWxlYWs=";

    [Theory]
    [InlineData("Email__ConnectionString", "Email__Endpoint", "Email__Sender")]
    [InlineData("Email:ConnectionString", "Email:Endpoint", "Email:Sender")]
    public void Settings_are_read_by_app_setting_or_configuration_path_names(string connection, string endpoint, string sender)
    {
        var settings = new Dictionary<string, string?>
        {
            [connection] = $"endpoint=https://contoso.communication.azure.com/;accesskey={Key}",
            [endpoint] = "https://contoso.communication.azure.com",
            [sender] = " DoNotReply@contoso.com ",
        };

        var options = EmailOptions.FromSettings(name => settings.GetValueOrDefault(name));

        Assert.True(options.IsConfigured);
        Assert.Equal("https://contoso.communication.azure.com", options.Endpoint);
        Assert.Equal("DoNotReply@contoso.com", options.Sender);
    }

    [Fact]
    public void Empty_settings_mean_not_configured()
    {
        var options = EmailOptions.FromSettings(_ => " ");

        Assert.False(options.IsConfigured);
        Assert.Null(AcsEmailConnection.FromOptions(options, () => throw new InvalidOperationException("no credential needed")));
    }

    [Fact]
    public void ToString_never_shows_the_connection_string()
    {
        var options = new EmailOptions { ConnectionString = $"endpoint=https://contoso.communication.azure.com/;accesskey={Key}" };

        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("(set, hidden)", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"endpoint=http://contoso.communication.azure.com/;accesskey={Key}")]
    [InlineData($"endpoint=not a url;accesskey={Key}")]
    [InlineData($"accesskey={Key}")]
    [InlineData($"endpoint=https://contoso.communication.azure.com/;accesskey={Key}!!")]
    [InlineData($"{Key}")]
    public void A_bad_connection_string_is_refused_without_quoting_the_key(string connectionString)
    {
        var error = Assert.Throws<EmailConfigurationException>(() => AcsEmailConnection.FromConnectionString(connectionString));

        Assert.Contains("Email__", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_connection_string_wins_over_the_endpoint_and_the_key_stays_hidden()
    {
        var options = new EmailOptions
        {
            ConnectionString = $"ENDPOINT=https://contoso.communication.azure.com;AccessKey={Key}",
            Endpoint = "https://other.communication.azure.com",
        };

        var connection = AcsEmailConnection.FromOptions(options, () => throw new InvalidOperationException("no credential needed"))!;

        Assert.Equal(new Uri("https://contoso.communication.azure.com/"), connection.Endpoint);
        Assert.Equal("access key", connection.Authentication);
        Assert.DoesNotContain(Key, connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_alone_uses_Entra_ID_with_the_credential_given()
    {
        var asked = 0;
        var options = new EmailOptions { Endpoint = "https://contoso.communication.azure.com/" };

        var connection = AcsEmailConnection.FromOptions(options, () =>
        {
            asked++;
            return new FakeTokenCredential("t");
        })!;

        Assert.Equal("Entra ID", connection.Authentication);
        Assert.Equal(1, asked);
    }
}
