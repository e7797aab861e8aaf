using Azure.Identity;
using InsiderRisk.Integrations.Graph;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class GraphSettingsTests
{
    [Fact]
    public void Reads_the_graph_app_settings_with_the_public_cloud_as_default()
    {
        var settings = GraphSettings.From(TestConfiguration.Of(("Graph__TenantId", "contoso"), ("Graph__ClientId", " app-1 ")));

        Assert.True(settings.IsConfigured);
        Assert.Equal("app-1", settings.ClientId);
        Assert.Equal("https://graph.microsoft.com/v1.0", settings.BaseUrl);
        Assert.Equal("https://graph.microsoft.com/.default", settings.Scope);
    }

    [Fact]
    public void No_tenant_and_no_client_means_graph_is_not_configured()
    {
        Assert.False(GraphSettings.From(TestConfiguration.Of(("Graph__BaseUrl", ""), ("Graph__ClientSecret", " "))).IsConfigured);
    }

    [Fact]
    public void A_national_cloud_base_url_asks_for_that_clouds_scope()
    {
        var settings = GraphSettings.From(TestConfiguration.Of(("Graph__ClientId", "app"), ("Graph__BaseUrl", "https://graph.microsoft.us/v1.0/")));

        Assert.Equal("https://graph.microsoft.us/.default", settings.Scope);
        Assert.Equal("https://graph.microsoft.us/v1.0", settings.BaseUri.AbsoluteUri);
    }

    [Fact]
    public void Printing_the_settings_never_prints_the_secret()
    {
        var settings = new GraphSettings { TenantId = "t", ClientId = "c", ClientSecret = "s3cr3t-value" };

        Assert.DoesNotContain("s3cr3t-value", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("client secret", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_selects_the_client_secret_credential_otherwise_the_managed_identity()
    {
        Assert.IsType<ClientSecretCredential>(GraphCredentials.For(new GraphSettings { TenantId = "t", ClientId = "c", ClientSecret = "s" }));
        Assert.IsType<ManagedIdentityCredential>(GraphCredentials.For(new GraphSettings { ClientId = "c" }));
        Assert.IsType<ManagedIdentityCredential>(GraphCredentials.For(new GraphSettings { TenantId = "t" }));
    }

    [Fact]
    public void A_secret_without_tenant_and_client_is_a_configuration_error()
    {
        Assert.Throws<InvalidOperationException>(() => GraphCredentials.For(new GraphSettings { ClientSecret = "s" }));
    }
}
