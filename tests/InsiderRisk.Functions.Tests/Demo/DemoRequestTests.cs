using InsiderRisk.Functions.Demo;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Functions.Tests.Demo;

public sealed class DemoRequestTests
{
    [Theory]
    [InlineData("--demo", "--urls", "http://127.0.0.1:7391")]
    [InlineData("--urls", "http://127.0.0.1:7391", "--demo")]
    [InlineData("--urls", "http://127.0.0.1:7391", "--DEMO")]
    public void The_switch_asks_for_the_demo_and_leaves_every_other_argument_to_the_host_wherever_it_stands(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(DemoRequest.HostArguments(args)).Build();

        Assert.True(DemoRequest.From(args, new ConfigurationBuilder().Build()).Requested);
        Assert.Equal("http://127.0.0.1:7391", configuration["urls"]);
        Assert.Null(configuration["demo"]);
    }

    [Fact]
    public void Without_the_switch_or_the_setting_no_demo_is_loaded()
    {
        Assert.False(DemoRequest.From(["--urls", "http://127.0.0.1:7391"], new ConfigurationBuilder().Build()).Requested);
        Assert.True(DemoRequest.From([], new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DemoRequest.Setting] = "true" }).Build()).Requested);
    }
}
