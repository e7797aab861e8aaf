using InsiderRisk.Functions.Hosting;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Functions.Tests.Hosting;

public sealed class ListenAddressTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();

    [Fact]
    public void Under_the_Functions_host_only_loopback_on_its_port_even_when_urls_are_set()
    {
        var address = ListenAddress.Resolve(Settings(("FUNCTIONS_CUSTOMHANDLER_PORT", "43125"), ("urls", "http://0.0.0.0:80")));

        Assert.Equal("http://127.0.0.1:43125", address);
    }

    [Fact]
    public void Alone_the_configured_urls_are_kept()
    {
        Assert.Null(ListenAddress.Resolve(Settings(("urls", "http://localhost:5080"))));
    }

    [Fact]
    public void Alone_and_unconfigured_it_listens_where_Core_Tools_would()
    {
        Assert.Equal("http://localhost:7071", ListenAddress.Resolve(Settings()));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-5")]
    public void A_bad_port_stops_the_start_naming_the_setting(string port)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ListenAddress.Resolve(Settings(("FUNCTIONS_CUSTOMHANDLER_PORT", port))));

        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT must be a TCP port", error.Message, StringComparison.Ordinal);
    }
}
