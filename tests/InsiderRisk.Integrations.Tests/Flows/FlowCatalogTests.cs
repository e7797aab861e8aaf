using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.Flows;

public sealed class FlowCatalogTests
{
    [Fact]
    public void Lists_every_configured_flow_by_name_for_the_connectors_dynamic_values()
    {
        var catalog = Builders.Catalog(("NotifyManager", "https://prod-12.westus.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=a"), ("HRRequest", "local"));

        Assert.Equal(["HRRequest", "NotifyManager"], catalog.Names);
        Assert.True(catalog.IsConfigured("notifymanager"));
        Assert.False(catalog.IsConfigured("Unknown"));
        Assert.True(catalog.HasTriggerUrls);
        Assert.True(catalog.Find("HRRequest")!.IsLocalSink);
    }

    [Fact]
    public void A_flow_without_a_url_is_not_configured_and_no_flows_means_an_empty_catalog()
    {
        var catalog = FlowCatalog.From(TestConfiguration.Of(("Flows__Empty__Url", " "), ("Graph__TenantId", "t")));

        Assert.Empty(catalog.Names);
        Assert.False(catalog.HasTriggerUrls);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://prod-12.westus.logic.azure.com/workflows/1?sig=secret-sig")]
    [InlineData("ftp://host/x?sig=secret-sig")]
    public void A_url_that_is_not_absolute_https_stops_with_an_error_naming_the_flow_but_not_the_url(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builders.Catalog(("NotifyManager", url)));

        Assert.Contains("Flows__NotifyManager__Url", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-sig", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_target_prints_its_name_and_host_only()
    {
        var target = Builders.Catalog(("NotifyManager", "https://prod-12.westus.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=secret-sig")).Find("NotifyManager")!;

        Assert.Equal("flow 'NotifyManager' (prod-12.westus.logic.azure.com)", target.ToString());
        Assert.Equal("call to [flow url] failed; [redacted]", target.Redact($"call to {target.Url} failed; {target.Url!.Query.TrimStart('?')}"));
    }
}
