using InsiderRisk.Domain;
using InsiderRisk.Integrations.ServiceNow;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.ServiceNow;

public sealed class ServiceNowSettingsTests
{
    [Fact]
    public void Reads_the_instance_and_basic_credentials()
    {
        var settings = ServiceNowSettings.From(TestConfiguration.Of(
            ("ServiceNow__InstanceUrl", "https://contoso.service-now.com"),
            ("ServiceNow__Username", "svc"),
            ("ServiceNow__Password", "secret-1")));

        Assert.True(settings.IsConfigured);
        Assert.False(settings.UsesToken);
        Assert.Equal(new Uri("https://contoso.service-now.com/"), settings.InstanceUrl);
        Assert.Equal("inquiry", settings.Category);
        Assert.DoesNotContain("secret-1", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_alone_is_enough_and_is_never_printed()
    {
        var settings = ServiceNowSettings.From(TestConfiguration.Of(("ServiceNow__InstanceUrl", "https://x.service-now.com/"), ("ServiceNow__Token", "tok-9"), ("ServiceNow__Category", "security")));

        Assert.True(settings.IsConfigured);
        Assert.Equal("security", settings.Category);
        Assert.DoesNotContain("tok-9", settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "svc", "pw")]
    [InlineData("https://x.service-now.com", null, null)]
    [InlineData("https://x.service-now.com", "svc", null)]
    public void Without_an_instance_or_a_way_to_sign_in_it_is_not_configured(string? instance, string? user, string? password)
    {
        var settings = ServiceNowSettings.From(TestConfiguration.Of(("ServiceNow__InstanceUrl", instance), ("ServiceNow__Username", user), ("ServiceNow__Password", password)));

        Assert.False(settings.IsConfigured);
    }

    [Fact]
    public void The_correlation_id_is_the_effect_id_when_it_fits_and_a_stable_hash_otherwise()
    {
        var longId = new EffectId(new string('A', 120) + "-fx00000001");
        var caretId = new EffectId("IR^1-fx00000001");

        Assert.Equal("IR-42-fx00000009", ServiceNowCorrelation.For(new EffectId("IR-42-fx00000009")));
        Assert.Equal(ServiceNowCorrelation.For(longId), ServiceNowCorrelation.For(longId));
        Assert.True(ServiceNowCorrelation.For(longId).Length <= ServiceNowCorrelation.MaxLength);
        Assert.DoesNotContain('^', ServiceNowCorrelation.For(caretId));
        Assert.NotEqual(ServiceNowCorrelation.For(caretId), ServiceNowCorrelation.For(longId));
    }
}
