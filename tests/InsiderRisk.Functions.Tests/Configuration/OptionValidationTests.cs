using System.Net;
using InsiderRisk.Functions.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Configuration;

/// <summary>
/// The options are validated when the host starts, with a message naming the setting. Started on a
/// bare host: a web host that fails to start in WebApplicationFactory sometimes reports a disposed
/// service provider instead of the start's own exception.
/// </summary>
public sealed class OptionValidationTests
{
    private static Exception StartFailure(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        builder.Services.AddInsiderRiskOptions();
        using var host = builder.Build();
        return Assert.ThrowsAny<Exception>(() => host.Start());
    }

    private static string ValidationFailure(params (string Key, string Value)[] settings) =>
        Assert.IsType<OptionsValidationException>(StartFailure(settings)).Message;

    [Fact]
    public void Unknown_auth_mode_is_refused()
    {
        Assert.Contains("Auth__Mode must be 'EasyAuth' or 'Development', not 'Anonymous'", ValidationFailure(("Auth:Mode", "Anonymous")), StringComparison.Ordinal);
    }

    [Fact]
    public void Numeric_auth_mode_is_refused()
    {
        Assert.Contains("Auth__Mode must be", ValidationFailure(("Auth:Mode", "1")), StringComparison.Ordinal);
    }

    [Fact]
    public void Development_mode_is_refused_in_Azure()
    {
        var message = ValidationFailure(("Auth:Mode", "development"), ("WEBSITE_INSTANCE_ID", "0a1b2c"));

        Assert.Contains("Auth__Mode=Development is refused in Azure", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Azure_the_default_mode_is_EasyAuth()
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["WEBSITE_INSTANCE_ID"] = "0a1b2c" });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Put, "/api/health", DevUser(), DevRoles("Admin")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Locally_the_default_mode_is_Development()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Put, "/api/health", DevUser()));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("Risk:Schedule", "every day", "Risk__Schedule must be a six-field NCRONTAB expression")]
    [InlineData("Sweeper:Schedule", "0 */5 * * *", "Sweeper__Schedule must be a six-field NCRONTAB expression")]
    [InlineData("Sweeper:Schedule", "0 */5 25 * * *", "Sweeper__Schedule has an invalid hour field '25'")]
    [InlineData("Risk:WindowDays", "0", "Risk__WindowDays must be between 1 and 3650 days, not 0")]
    [InlineData("InsiderRisk:DataDirectory", " ", "InsiderRisk__DataDirectory must name a directory")]
    public void Bad_values_are_refused_with_the_setting_name(string key, string value, string expected)
    {
        Assert.Contains(expected, ValidationFailure((key, value)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_boolean_pseudonymization_flag_is_refused()
    {
        var error = StartFailure(("Privacy:PseudonymizeUsers", "sometimes"));

        Assert.Contains("Privacy:PseudonymizeUsers", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_storage_connection_is_refused_without_repeating_it()
    {
        var message = ValidationFailure(("AzureWebJobsStorage", "AccountKey-without-equals-sign-SECRETVALUE"));

        Assert.Contains("AzureWebJobsStorage is not a storage connection string", message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([
            KeyValuePair.Create("Auth:Mode", (string?)"EasyAuth"),
            KeyValuePair.Create("Risk:Schedule", (string?)"0 30 1 * * SUN"),
            KeyValuePair.Create("AzureWebJobsStorage", (string?)"UseDevelopmentStorage=true"),
        ]);
        builder.Services.AddInsiderRiskOptions();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(AuthMode.EasyAuth, host.Services.GetRequiredService<IOptions<AuthOptions>>().Value.ParsedMode);
        await host.StopAsync();
    }
}
